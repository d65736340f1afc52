import { Logger } from '@nestjs/common';
import { AlipaySdk } from 'alipay-sdk';
import { AlipaySettings } from './alipay-settings';
import { fenToYuan, yuanToFen } from './money';
import { NotificationCheck, PaymentProvider, PayRequest, ProviderRefundRequest, ProviderRefundResult, TradeQueryResult } from './payment-provider';

const PRODUCT_CODE = { page: 'FAST_INSTANT_TRADE_PAY', wap: 'QUICK_WAP_WAY' } as const;
const PAY_METHOD = { page: 'alipay.trade.page.pay', wap: 'alipay.trade.wap.pay' } as const;

/** Alipay's times ("2026-06-01 12:00:00") are Beijing time. */
export function parseAlipayTime(s: unknown): Date | null {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(s)) return null;
  const d = new Date(`${s.replace(' ', 'T')}+08:00`);
  return Number.isNaN(d.getTime()) ? null : d;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

/**
 * The Alipay provider on the official alipay-sdk 4.x: pageExecute for the cashier address,
 * checkNotifySignV2 for notifications (the older checkNotifySign URL-decodes values and throws on
 * `%`), exec with response-signature verification for trade query and refund.
 */
export class AlipayProvider implements PaymentProvider {
  private readonly logger = new Logger(AlipayProvider.name);
  private readonly sdk: AlipaySdk;

  constructor(private readonly settings: AlipaySettings) {
    this.sdk = new AlipaySdk({
      appId: settings.appId,
      privateKey: settings.privateKey,
      alipayPublicKey: settings.publicKey,
      gateway: settings.gateway,
      keyType: settings.keyType,
      signType: 'RSA2',
      timeout: 10_000,
    });
  }

  payUrl(req: PayRequest): string {
    return this.sdk.pageExecute(PAY_METHOD[req.device], 'GET', {
      bizContent: {
        outTradeNo: req.outTradeNo,
        totalAmount: fenToYuan(req.amountFen),
        subject: req.subject.slice(0, 128),
        productCode: PRODUCT_CODE[req.device],
        timeoutExpress: '30m',
      },
      notifyUrl: req.notifyUrl,
      returnUrl: req.returnUrl,
    });
  }

  checkNotification(body: unknown): NotificationCheck {
    if (!body || typeof body !== 'object' || Array.isArray(body)) return { ok: false, reason: 'not a form' };
    const form = body as Record<string, unknown>;
    if (Object.values(form).some((v) => typeof v !== 'string')) return { ok: false, reason: 'a field is not a single string' };
    let signed = false;
    try {
      signed = this.sdk.checkNotifySignV2({ ...form });
    } catch {
      signed = false;
    }
    if (!signed) return { ok: false, reason: 'bad signature' };
    if (form.app_id !== this.settings.appId) return { ok: false, reason: `app_id ${String(form.app_id)} is not ours` };
    if (form.seller_id !== this.settings.sellerId) return { ok: false, reason: `seller_id ${String(form.seller_id)} is not ours` };
    const outTradeNo = str(form.out_trade_no);
    const tradeNo = str(form.trade_no);
    const tradeStatus = str(form.trade_status);
    if (!outTradeNo || !tradeNo || !tradeStatus) return { ok: false, reason: 'out_trade_no, trade_no or trade_status missing' };
    return {
      ok: true,
      notification: {
        outTradeNo,
        tradeNo,
        tradeStatus,
        totalFen: yuanToFen(form.total_amount),
        buyerId: str(form.buyer_id),
        paidAt: parseAlipayTime(form.gmt_payment),
      },
    };
  }

  async query(outTradeNo: string): Promise<TradeQueryResult> {
    const r = await this.sdk.exec('alipay.trade.query', { bizContent: { outTradeNo } }, { validateSign: true });
    if (r.code !== '10000') {
      if (r.subCode === 'ACQ.TRADE_NOT_EXIST') return { exists: false };
      throw new Error(`alipay.trade.query ${r.code} ${r.subCode ?? ''} ${r.subMsg ?? r.msg ?? ''}`.trim());
    }
    return {
      exists: true,
      tradeStatus: String(r.tradeStatus ?? ''),
      tradeNo: String(r.tradeNo ?? ''),
      totalFen: yuanToFen(r.totalAmount),
      buyerId: str(r.buyerUserId) ?? str(r.buyerId),
      paidAt: parseAlipayTime(r.sendPayDate),
    };
  }

  async refund(req: ProviderRefundRequest): Promise<ProviderRefundResult> {
    try {
      const r = await this.sdk.exec(
        'alipay.trade.refund',
        { bizContent: { outTradeNo: req.outTradeNo, refundAmount: fenToYuan(req.amountFen), outRequestNo: req.refundNo, refundReason: req.reason.slice(0, 200) } },
        { validateSign: true },
      );
      // 10000 is a completed refund; repeating the same out_request_no answers 10000 again (fund_change N).
      if (r.code === '10000') return { ok: true };
      return { ok: false, message: `${r.subMsg ?? r.msg ?? '退款失败'}（${r.subCode ?? r.code}）` };
    } catch (err) {
      this.logger.warn({ err }, `alipay.trade.refund ${req.refundNo} failed`);
      return { ok: false, message: `支付宝退款请求失败：${err instanceof Error ? err.message.slice(0, 150) : String(err)}` };
    }
  }
}
