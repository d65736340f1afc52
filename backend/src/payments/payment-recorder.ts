import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository } from 'typeorm';
import { isUniqueViolation } from '../database/dialect';
import { Payment, PaymentConfirmation, PaymentStatus, paymentStates } from './payment.entity';

/** What the order side is told when one of its orders has been paid. */
export interface PaidEvent {
  orderId: string;
  outTradeNo: string;
  amountFen: number;
  tradeNo: string;
  paidAt: Date;
}
/**
 * A context's reaction to a paid order. Several contexts take payments (customer orders, procurement
 * orders); each answers 'not-mine' for an order id it does not know, and the next one is asked.
 * Anything else (undefined or 'handled') means the payment was taken care of.
 */
export type PaidOutcome = 'handled' | 'not-mine';
export type PaidHandler = (p: PaidEvent) => Promise<PaidOutcome | void>;

export interface SuccessFacts {
  tradeNo: string;
  buyerId: string | null;
  paidAt: Date | null;
  via: PaymentConfirmation;
}

/** The statuses from which a verified success may be recorded (from the transition table). */
const PAYABLE_FROM = paymentStates.states.filter((s) => paymentStates.canTransition(s, PaymentStatus.PAID));

/**
 * Records verified facts about payments, idempotently, whoever brings them (a notification, one of
 * its seven repeats, or a trade query): every write is one conditional UPDATE from the states the
 * transition table allows, and the unique index on `acceptedOrderId` keeps an order to one accepted
 * payment. After a success the order side's handler runs until it has completed once.
 */
@Injectable()
export class PaymentRecorder {
  private readonly logger = new Logger(PaymentRecorder.name);
  private readonly handlers: PaidHandler[] = [];
  /** One handler run per payment at a time in this process (repeats arriving together wait for it). */
  private readonly inflight = new Map<string, Promise<void>>();

  constructor(@InjectRepository(Payment) private readonly payments: Repository<Payment>) {}

  addHandler(handler: PaidHandler): void {
    this.handlers.push(handler);
  }

  /** Records a verified success and tells the order side. Throws when the handler fails (so Alipay retries). */
  async recordSuccess(payment: Payment, facts: SuccessFacts): Promise<Payment> {
    let p = payment;
    if (p.status !== PaymentStatus.PAID) {
      const set = {
        status: PaymentStatus.PAID,
        tradeNo: facts.tradeNo,
        buyerId: facts.buyerId,
        paidAt: facts.paidAt ?? new Date(),
        confirmedBy: facts.via,
        updatedAt: new Date(),
      };
      const where = { id: p.id, status: In(PAYABLE_FROM) };
      try {
        await this.payments.update(where, { ...set, acceptedOrderId: p.orderId });
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        // Another attempt already paid this order: the money moved, so record it — and flag it for refund.
        const res = await this.payments.update(where, { ...set, acceptedOrderId: null, needsRefund: true });
        if (res.affected) this.logger.warn(`payment ${p.outTradeNo}: order ${p.orderNo} was already paid by another attempt; flagged for refund`);
      }
      p = await this.payments.findOneByOrFail({ id: p.id });
    }
    if (p.tradeNo !== facts.tradeNo) throw new Error(`payment ${p.outTradeNo} is recorded with trade ${p.tradeNo}, not ${facts.tradeNo}`);
    await this.ensureHandled(p);
    return p;
  }

  /** A trade Alipay closed unpaid. */
  async close(payment: Payment): Promise<void> {
    await this.payments.update({ id: payment.id, status: PaymentStatus.PENDING }, { status: PaymentStatus.CLOSED, updatedAt: new Date() });
  }

  /** Runs the order side's handler for an accepted payment it has not yet completed for. */
  async ensureHandled(p: Payment): Promise<void> {
    if (p.status !== PaymentStatus.PAID || !p.acceptedOrderId || p.handledAt) return;
    if (!this.handlers.length) {
      this.logger.warn(`payment ${p.outTradeNo} is paid but no onPaid handler is registered; reconciliation will retry`);
      return;
    }
    let run = this.inflight.get(p.id);
    if (!run) {
      run = (async () => {
        const event = { orderId: p.orderId, outTradeNo: p.outTradeNo, amountFen: p.amountFen, tradeNo: p.tradeNo!, paidAt: p.paidAt! };
        for (const handler of this.handlers) {
          if ((await handler(event)) === 'not-mine') continue;
          await this.payments.update({ id: p.id, handledAt: IsNull() }, { handledAt: new Date() });
          return;
        }
        this.logger.warn(`payment ${p.outTradeNo} is paid but no context knows order ${p.orderId}; reconciliation will retry`);
      })().finally(() => this.inflight.delete(p.id));
      this.inflight.set(p.id, run);
    }
    await run;
  }
}
