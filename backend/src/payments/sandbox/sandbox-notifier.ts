import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { SANDBOX_KEYS } from '../alipay-settings';
import { SANDBOX_APP_ID, SANDBOX_SELLER_ID, SandboxKeys } from './sandbox-keys';
import { SandboxTrade } from './sandbox-trades';
import { alipayTime, signNotification } from './signing';

/** Later attempts after a delivery that did not get `success` (Alipay spreads 8 over about 25 hours). */
const RETRY_DELAYS_MS = [2_000, 10_000, 60_000];

/**
 * Sends the sandbox's asynchronous notifications as Alipay does: form-encoded POST to notify_url,
 * signed with "Alipay's" private key; delivered when `success` comes back, retried a few times otherwise.
 */
@Injectable()
export class SandboxNotifier implements OnModuleDestroy {
  private readonly logger = new Logger(SandboxNotifier.name);
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopped = false;

  constructor(@Inject(SANDBOX_KEYS) private readonly keys: SandboxKeys) {}

  onModuleDestroy(): void {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
  }

  notificationOf(t: SandboxTrade): Record<string, string> {
    const now = alipayTime();
    return signNotification(
      {
        notify_time: now,
        notify_type: 'trade_status_sync',
        notify_id: randomBytes(16).toString('hex'),
        charset: 'utf-8',
        version: '1.0',
        app_id: SANDBOX_APP_ID,
        auth_app_id: SANDBOX_APP_ID,
        seller_id: SANDBOX_SELLER_ID,
        out_trade_no: t.outTradeNo,
        trade_no: t.tradeNo,
        trade_status: t.status,
        total_amount: t.totalAmount,
        receipt_amount: t.totalAmount,
        buyer_pay_amount: t.totalAmount,
        invoice_amount: t.totalAmount,
        buyer_id: t.buyerId,
        buyer_logon_id: 'san***@example.com',
        subject: t.subject,
        gmt_create: alipayTime(t.createdAt),
        ...(t.paidAt ? { gmt_payment: alipayTime(t.paidAt) } : {}),
        fund_bill_list: JSON.stringify([{ amount: t.totalAmount, fundChannel: 'ALIPAYACCOUNT' }]),
      },
      this.keys.alipayPrivateKey,
    );
  }

  /** Delivers now; true when the merchant answered `success`. Schedules retries otherwise. */
  async deliver(t: SandboxTrade, attempt = 0): Promise<boolean> {
    if (!t.notifyUrl || this.stopped) return false;
    let ok = false;
    try {
      const res = await fetch(t.notifyUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
        body: new URLSearchParams(this.notificationOf(t)).toString(),
        signal: AbortSignal.timeout(10_000),
      });
      ok = res.status === 200 && (await res.text()).trim() === 'success';
    } catch (err) {
      this.logger.warn({ err }, `sandbox notification for ${t.outTradeNo} could not be sent`);
    }
    if (ok) t.notified = true;
    else if (attempt < RETRY_DELAYS_MS.length && !this.stopped) {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        void this.deliver(t, attempt + 1);
      }, RETRY_DELAYS_MS[attempt]);
      timer.unref();
      this.timers.add(timer);
    }
    return ok;
  }

  /** The synchronous return parameters (alipay.trade.page.pay.return), signed. */
  returnParams(t: SandboxTrade): Record<string, string> {
    return signNotification(
      {
        charset: 'utf-8',
        version: '1.0',
        method: t.method === 'alipay.trade.wap.pay' ? 'alipay.trade.wap.pay.return' : 'alipay.trade.page.pay.return',
        timestamp: alipayTime(),
        app_id: SANDBOX_APP_ID,
        auth_app_id: SANDBOX_APP_ID,
        seller_id: SANDBOX_SELLER_ID,
        out_trade_no: t.outTradeNo,
        trade_no: t.tradeNo,
        total_amount: t.totalAmount,
      },
      this.keys.alipayPrivateKey,
    );
  }
}
