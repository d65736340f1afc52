/**
 * What the payments context needs from a payment channel. The default (and today the only)
 * implementation is AlipayProvider on alipay-sdk; which gateway and keys it uses is configuration:
 * Alipay itself, or the local sandbox (see sandbox/).
 */
export interface PayRequest {
  outTradeNo: string;
  amountFen: number;
  subject: string;
  device: 'page' | 'wap';
  notifyUrl: string;
  returnUrl: string;
}

/** A notification whose signature, app and seller have been verified; the rest is the service's job. */
export interface VerifiedNotification {
  outTradeNo: string;
  tradeNo: string;
  tradeStatus: string;
  /** total_amount in fen, or null when it is not a well-formed amount. */
  totalFen: number | null;
  buyerId: string | null;
  paidAt: Date | null;
}

export type NotificationCheck = { ok: true; notification: VerifiedNotification } | { ok: false; reason: string };

export type TradeQueryResult =
  | { exists: false }
  | { exists: true; tradeStatus: string; tradeNo: string; totalFen: number | null; buyerId: string | null; paidAt: Date | null };

export interface ProviderRefundRequest {
  outTradeNo: string;
  refundNo: string;
  amountFen: number;
  reason: string;
}

export type ProviderRefundResult = { ok: true } | { ok: false; message: string };

export interface PaymentProvider {
  /** The cashier address the buyer's browser goes to. */
  payUrl(req: PayRequest): string;
  /** Verifies an asynchronous notification's signature, app_id and seller_id. Never throws. */
  checkNotification(body: unknown): NotificationCheck;
  /** Asks the channel about a trade (reconciliation when a notification never came). */
  query(outTradeNo: string): Promise<TradeQueryResult>;
  /** Refunds part or all of a trade; the same refundNo twice refunds once. */
  refund(req: ProviderRefundRequest): Promise<ProviderRefundResult>;
}

export const PAYMENT_PROVIDER = Symbol('PAYMENT_PROVIDER');

/** Trade statuses that mean the money arrived. */
export const PAID_TRADE_STATUSES = ['TRADE_SUCCESS', 'TRADE_FINISHED'];
