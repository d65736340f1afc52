import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AppError } from '../common/app-error';
import { isUniqueViolation } from '../database/dialect';
import { inTransaction } from '../database/transaction';
import { Payment, PaymentStatus } from './payment.entity';
import { PAYMENT_PROVIDER, PaymentProvider } from './payment-provider';
import { Refund, RefundStatus } from './refund.entity';

export interface RefundInput {
  orderId: string;
  outTradeNo: string;
  refundNo: string;
  amountFen: number;
  reason: string;
}
export interface RefundOutcome {
  status: 'SUCCEEDED' | 'FAILED';
  message?: string;
}

const REFUND_NO = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Refunds through the provider, idempotent by refund number: a number that already succeeded
 * answers SUCCEEDED without calling Alipay again; a failed one may be tried again (Alipay
 * deduplicates by out_request_no). The amount is reserved against the payment with one conditional
 * UPDATE (`refundedFen + n <= amountFen`), so refunds can never exceed what was paid.
 */
@Injectable()
export class RefundsService {
  private readonly logger = new Logger(RefundsService.name);

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Payment) private readonly payments: Repository<Payment>,
    @InjectRepository(Refund) private readonly refunds: Repository<Refund>,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
  ) {}

  async refund(input: RefundInput): Promise<RefundOutcome> {
    if (!REFUND_NO.test(input.refundNo ?? '')) throw AppError.badRequest('INVALID_REFUND_NO', '退款单号只能由 1–64 位字母、数字、下划线或连字符组成');
    if (!Number.isSafeInteger(input.amountFen) || input.amountFen <= 0) throw AppError.badRequest('INVALID_AMOUNT', '退款金额必须是正整数（分）');
    const payment = await this.payments.findOneBy({ outTradeNo: input.outTradeNo });
    if (!payment || payment.orderId !== input.orderId) throw AppError.notFound('支付记录');
    if (payment.status !== PaymentStatus.PAID) throw AppError.conflict('PAYMENT_NOT_PAID', '该笔支付尚未成功，不能退款');

    const refund = await this.claim(payment, input);
    if (refund.status === RefundStatus.SUCCEEDED) return { status: 'SUCCEEDED' };

    const result = await this.provider.refund({ outTradeNo: payment.outTradeNo, refundNo: refund.refundNo, amountFen: refund.amountFen, reason: refund.reason });
    if (result.ok) {
      await this.refunds.update({ id: refund.id, status: RefundStatus.PENDING }, { status: RefundStatus.SUCCEEDED, message: null, refundedAt: new Date(), updatedAt: new Date() });
      return { status: 'SUCCEEDED' };
    }
    await inTransaction(this.dataSource, async (m) => {
      const res = await m.update(Refund, { id: refund.id, status: RefundStatus.PENDING }, { status: RefundStatus.FAILED, message: result.message.slice(0, 256), updatedAt: new Date() });
      if (res.affected) await this.release(m, payment.id, refund.amountFen);
    });
    this.logger.warn(`refund ${refund.refundNo} of ${payment.outTradeNo} failed: ${result.message}`);
    return { status: 'FAILED', message: result.message };
  }

  /** The refund row to send, created (or taken back from FAILED) with its amount reserved. */
  private async claim(payment: Payment, input: RefundInput): Promise<Refund> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const existing = await this.refunds.findOneBy({ refundNo: input.refundNo });
      if (existing) {
        if (existing.paymentId !== payment.id || existing.amountFen !== input.amountFen) {
          throw AppError.conflict('REFUND_NO_CONFLICT', '该退款单号已用于另一笔退款');
        }
        if (existing.status !== RefundStatus.FAILED) return existing; // SUCCEEDED: done; PENDING: send again (deduplicated by Alipay)
        const retried = await inTransaction(this.dataSource, async (m) => {
          const res = await m.update(Refund, { id: existing.id, status: RefundStatus.FAILED }, { status: RefundStatus.PENDING, updatedAt: new Date() });
          if (res.affected) await this.reserve(m, payment.id, existing.amountFen);
          return res.affected;
        });
        if (retried || attempt === 1) return { ...existing, status: RefundStatus.PENDING } as Refund;
        continue;
      }
      try {
        return await inTransaction(this.dataSource, async (m) => {
          await this.reserve(m, payment.id, input.amountFen);
          return m.save(
            m.create(Refund, {
              paymentId: payment.id,
              orderId: payment.orderId,
              outTradeNo: payment.outTradeNo,
              refundNo: input.refundNo,
              amountFen: input.amountFen,
              reason: (input.reason ?? '').trim().slice(0, 256) || '退款',
              status: RefundStatus.PENDING,
              message: null,
              refundedAt: null,
            }),
          );
        });
      } catch (err) {
        if (!isUniqueViolation(err)) throw err; // the same refund number arrived twice at once: read it again
      }
    }
    throw AppError.conflict('REFUND_BUSY', '退款正在处理，请稍后重试');
  }

  private async reserve(m: EntityManager, paymentId: string, amountFen: number): Promise<void> {
    const res = await m
      .createQueryBuilder()
      .update(Payment)
      .set({ refundedFen: () => 'refundedFen + :n', updatedAt: new Date() })
      .where('id = :id AND refundedFen + :n <= amountFen', { id: paymentId, n: amountFen })
      .execute();
    if (!res.affected) throw new AppError(HttpStatus.CONFLICT, 'REFUND_EXCEEDS_PAYMENT', '退款总额不能超过实付金额');
  }

  private async release(m: EntityManager, paymentId: string, amountFen: number): Promise<void> {
    await m
      .createQueryBuilder()
      .update(Payment)
      .set({ refundedFen: () => 'refundedFen - :n', updatedAt: new Date() })
      .where('id = :id', { id: paymentId })
      .setParameter('n', amountFen)
      .execute();
  }

  listFor(paymentId: string): Promise<Refund[]> {
    return this.refunds.find({ where: { paymentId }, order: { createdAt: 'ASC' } });
  }
}
