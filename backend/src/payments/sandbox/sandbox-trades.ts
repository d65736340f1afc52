import { Injectable } from '@nestjs/common';
import { randomBytes, randomInt } from 'node:crypto';

export type SandboxTradeStatus = 'WAIT_BUYER_PAY' | 'TRADE_SUCCESS' | 'TRADE_CLOSED';

export interface SandboxTrade {
  outTradeNo: string;
  tradeNo: string;
  ticket: string;
  subject: string;
  totalAmount: string;
  totalFen: number;
  productCode: string;
  method: string;
  notifyUrl: string | null;
  returnUrl: string | null;
  status: SandboxTradeStatus;
  createdAt: Date;
  paidAt: Date | null;
  buyerId: string;
  /** out_request_no → refunded fen. */
  refunds: Map<string, number>;
  notified: boolean;
}

/**
 * The sandbox's trades, in memory: the sandbox stands in for Alipay during development and tests of
 * one process; a restart forgets trades (an attempt then reads as "trade does not exist", as an
 * unopened cashier does at Alipay).
 */
@Injectable()
export class SandboxTrades {
  private readonly byOutTradeNo = new Map<string, SandboxTrade>();
  private readonly byTicket = new Map<string, SandboxTrade>();

  open(t: Omit<SandboxTrade, 'tradeNo' | 'ticket' | 'status' | 'createdAt' | 'paidAt' | 'buyerId' | 'refunds' | 'notified'>): SandboxTrade {
    const existing = this.byOutTradeNo.get(t.outTradeNo);
    if (existing) return existing;
    const now = new Date();
    const day = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '');
    const trade: SandboxTrade = {
      ...t,
      tradeNo: `${day}2200${String(randomInt(0, 1e8)).padStart(8, '0')}${String(randomInt(0, 1e8)).padStart(8, '0')}`,
      ticket: randomBytes(16).toString('hex'),
      status: 'WAIT_BUYER_PAY',
      createdAt: now,
      paidAt: null,
      buyerId: `2088${String(randomInt(0, 1e6)).padStart(6, '0')}${String(randomInt(0, 1e6)).padStart(6, '0')}`,
      refunds: new Map(),
      notified: false,
    };
    this.byOutTradeNo.set(trade.outTradeNo, trade);
    this.byTicket.set(trade.ticket, trade);
    return trade;
  }

  find(outTradeNo: string): SandboxTrade | undefined {
    return this.byOutTradeNo.get(outTradeNo);
  }

  byCashierTicket(ticket: string): SandboxTrade | undefined {
    return this.byTicket.get(ticket);
  }
}
