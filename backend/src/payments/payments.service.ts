import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomInt } from 'node:crypto';
import { Repository } from 'typeorm';
import { AppError } from '../common/app-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { PAID_TRADE_STATUSES, PAYMENT_PROVIDER, PaymentProvider } from './payment-provider';
import { PaidHandler, PaidOutcome, PaymentRecorder } from './payment-recorder';
import { Payment, PaymentChannel, PaymentConfirmation, PaymentStatus } from './payment.entity';
import { RefundInput, RefundOutcome, RefundsService } from './refunds.service';

export interface StartPaymentInput {
  orderId: string;
  orderNo: string;
  amountFen: number;
  subject: string;
  device: 'page' | 'wap';
  /** Where the cashier sends the buyer back (a storefront path); `/orders/:orderId` when omitted. */
  returnPath?: string;
}

/** Path of the asynchronous notification endpoint (contract). */
export const ALIPAY_NOTIFY_PATH = '/api/payments/alipay/notify';
/** Alipay: at most 100,000,000.00 yuan per trade. */
const MAX_TRADE_FEN = 10_000_000_000;

/** out_trade_no: BF + Beijing time to the second + 8 random digits (24 characters, unique index behind it). */
export function newOutTradeNo(now = new Date()): string {
  const t = new Date(now.getTime() + 8 * 3_600_000).toISOString().replace(/\D/g, '').slice(0, 14);
  return `BF${t}${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
}

/**
 * Payments for orders. The order side starts an attempt (`start`), registers what happens when an
 * order is paid (`onPaid`) and asks for refunds (`refund`); Alipay's notifications arrive through
 * `handleAlipayNotification`, and reconciliation fills in the notifications that never came.
 */
@Injectable()
export class PaymentsService {
  private readonly logger = new Logger(PaymentsService.name);

  constructor(
    @InjectRepository(Payment) private readonly payments: Repository<Payment>,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly recorder: PaymentRecorder,
    private readonly refunds: RefundsService,
  ) {}

  /** A new payment attempt (a new out_trade_no each time) and the cashier address for it. */
  async start(input: StartPaymentInput): Promise<{ payUrl: string; outTradeNo: string }> {
    if (!Number.isSafeInteger(input.amountFen) || input.amountFen <= 0 || input.amountFen > MAX_TRADE_FEN) {
      throw AppError.badRequest('INVALID_AMOUNT', '支付金额必须是 1 分到 1 亿元之间的整数（分）');
    }
    if (input.device !== 'page' && input.device !== 'wap') throw AppError.badRequest('INVALID_DEVICE', '支付方式只能是电脑网站（page）或手机网站（wap）');
    if (await this.payments.existsBy({ acceptedOrderId: input.orderId })) throw AppError.conflict('ORDER_ALREADY_PAID', '该订单已支付，无需重复支付');
    const subject = (input.subject ?? '').trim().slice(0, 128) || `帮扶集市订单 ${input.orderNo}`;
    const payment = await this.payments.save(
      this.payments.create({
        orderId: input.orderId,
        orderNo: input.orderNo.slice(0, 40),
        outTradeNo: newOutTradeNo(),
        channel: PaymentChannel.ALIPAY,
        device: input.device,
        amountFen: input.amountFen,
        subject,
        status: PaymentStatus.PENDING,
        tradeNo: null,
        acceptedOrderId: null,
        needsRefund: false,
        buyerId: null,
        paidAt: null,
        confirmedBy: null,
        handledAt: null,
        refundedFen: 0,
        checkedAt: null,
      }),
    );
    const payUrl = this.provider.payUrl({
      outTradeNo: payment.outTradeNo,
      amountFen: payment.amountFen,
      subject,
      device: input.device,
      notifyUrl: `${this.config.publicBaseUrl}${ALIPAY_NOTIFY_PATH}`,
      returnUrl: `${this.config.publicBaseUrl}${input.returnPath && /^\/[\w\-/]*$/.test(input.returnPath) ? input.returnPath : `/orders/${encodeURIComponent(input.orderId)}`}`,
    });
    return { payUrl, outTradeNo: payment.outTradeNo };
  }

  /**
   * Registers an order side's reaction to a paid order (customer orders, procurement orders: each
   * context registers one). Handlers are asked in turn; one that does not know the order id answers
   * 'not-mine' and the next is asked. It is called after a verified success is recorded, for the
   * order's one accepted payment, until one completes once; it must be idempotent (a crash between
   * its work and our bookkeeping, or another backend process, may call it again). If it throws, the
   * notification is answered `failure` and Alipay (or reconciliation) retries.
   */
  onPaid(handler: (p: { orderId: string; outTradeNo: string; amountFen: number; tradeNo: string; paidAt: Date }) => Promise<PaidOutcome | void>): void {
    this.recorder.addHandler(handler as PaidHandler);
  }

  /** Refunds (part of) a paid attempt; idempotent by refundNo. */
  refund(input: { orderId: string; outTradeNo: string; refundNo: string; amountFen: number; reason: string }): Promise<{ status: 'SUCCEEDED' | 'FAILED'; message?: string }> {
    return this.refunds.refund(input as RefundInput) as Promise<RefundOutcome>;
  }

  /**
   * An asynchronous notification, as Alipay posts it. `success` once it is verified and recorded
   * (also for a repeat); `failure` for anything else — nothing is changed then.
   */
  async handleAlipayNotification(body: unknown): Promise<'success' | 'failure'> {
    try {
      const check = this.provider.checkNotification(body);
      if (!check.ok) {
        this.logger.warn(`alipay notification refused: ${check.reason}`);
        return 'failure';
      }
      const n = check.notification;
      const payment = await this.payments.findOneBy({ outTradeNo: n.outTradeNo });
      if (!payment) {
        this.logger.warn(`alipay notification for unknown out_trade_no ${n.outTradeNo}`);
        return 'failure';
      }
      if (n.totalFen !== payment.amountFen) {
        this.logger.warn(`alipay notification for ${n.outTradeNo}: total_amount ${n.totalFen} fen, expected ${payment.amountFen}`);
        return 'failure';
      }
      if (PAID_TRADE_STATUSES.includes(n.tradeStatus)) {
        await this.recorder.recordSuccess(payment, { tradeNo: n.tradeNo, buyerId: n.buyerId, paidAt: n.paidAt, via: PaymentConfirmation.NOTIFY });
        return 'success';
      }
      if (n.tradeStatus === 'TRADE_CLOSED') {
        await this.recorder.close(payment);
        return 'success';
      }
      this.logger.warn(`alipay notification for ${n.outTradeNo} with trade_status ${n.tradeStatus}: not a payment`);
      return 'failure';
    } catch (err) {
      this.logger.error({ err }, 'alipay notification could not be recorded');
      return 'failure';
    }
  }

  async get(id: string): Promise<Payment> {
    const p = await this.payments.findOneBy({ id });
    if (!p) throw AppError.notFound('支付记录');
    return p;
  }

  list(filter: { orderId?: string; status?: PaymentStatus; needsRefund?: boolean }): Promise<Payment[]> {
    const where: Record<string, unknown> = {};
    if (filter.orderId) where.orderId = filter.orderId;
    if (filter.status) where.status = filter.status;
    if (filter.needsRefund !== undefined) where.needsRefund = filter.needsRefund;
    return this.payments.find({ where, order: { createdAt: 'DESC' }, take: 200 });
  }

  /** Refunds a duplicate success (an order paid twice) in full; idempotent (one refund number per payment). */
  async refundDuplicate(id: string): Promise<RefundOutcome> {
    const p = await this.get(id);
    if (!p.needsRefund) throw AppError.conflict('NOT_A_DUPLICATE', '该笔支付不是重复支付，不能在此退款');
    const outcome = await this.refunds.refund({ orderId: p.orderId, outTradeNo: p.outTradeNo, refundNo: `DUP${p.outTradeNo}`, amountFen: p.amountFen, reason: '订单重复支付退款' });
    if (outcome.status === 'SUCCEEDED') await this.payments.update({ id: p.id }, { needsRefund: false, updatedAt: new Date() });
    return outcome;
  }
}
