import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { And, IsNull, LessThan, MoreThan, Not, Or, Repository } from 'typeorm';
import { PAID_TRADE_STATUSES, PAYMENT_PROVIDER, PaymentProvider } from './payment-provider';
import { PaymentRecorder } from './payment-recorder';
import { Payment, PaymentConfirmation, PaymentStatus } from './payment.entity';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { PeriodicJob } from '../common/periodic-job';

const MINUTE = 60_000;
/** Attempts younger than this are left to the notification; older than a day are not queried any more. */
const QUIET = 2 * MINUTE;
const HORIZON = 24 * 60 * MINUTE;
/** Each attempt is queried at most this often. */
const RECHECK = 5 * MINUTE;
export const RECONCILE_INTERVAL = 5 * MINUTE;

export interface ReconcileResult {
  outTradeNo: string;
  before: PaymentStatus;
  after: PaymentStatus;
  tradeStatus: string | null;
  message: string;
}

/**
 * Reconciliation: asks Alipay (alipay.trade.query) about attempts whose notification never came, and
 * records what it says exactly as a notification would be recorded (the same idempotent path). Also
 * re-runs the order side's handler for paid orders it has not completed for. Runs every five minutes
 * in each backend process (safe: every write is conditional) and on an operator's request.
 */
@Injectable()
export class ReconciliationService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReconciliationService.name);
  /** Off with SCHEDULED_JOBS=false. */
  private readonly job = new PeriodicJob(this.logger, 'reconciliation', RECONCILE_INTERVAL, () => this.reconcileDue());

  constructor(
    @InjectRepository(Payment) private readonly payments: Repository<Payment>,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly recorder: PaymentRecorder,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.scheduledJobs) this.job.start({ immediately: false });
  }

  onApplicationShutdown(): void {
    this.job.stop();
  }

  /** One sweep: due pending attempts, and paid ones whose handler has not completed. */
  async reconcileDue(now = new Date()): Promise<ReconcileResult[]> {
    const due = await this.payments.find({
      where: {
        status: PaymentStatus.PENDING,
        createdAt: And(LessThan(new Date(now.getTime() - QUIET)), MoreThan(new Date(now.getTime() - HORIZON))),
        checkedAt: Or(IsNull(), LessThan(new Date(now.getTime() - RECHECK))),
      },
      order: { createdAt: 'ASC' },
      take: 50,
    });
    const out: ReconcileResult[] = [];
    for (const p of due) out.push(await this.reconcile(p).catch((err) => this.failed(p, err)));
    const unhandled = await this.payments.find({ where: { status: PaymentStatus.PAID, acceptedOrderId: Not(IsNull()), handledAt: IsNull() }, take: 50 });
    for (const p of unhandled) await this.recorder.ensureHandled(p).catch((err) => this.logger.error({ err }, `onPaid handler for ${p.outTradeNo} failed again`));
    return out;
  }

  /** Queries one attempt and records what Alipay says. */
  async reconcile(payment: Payment): Promise<ReconcileResult> {
    const before = payment.status;
    if (payment.status === PaymentStatus.PAID) {
      await this.recorder.ensureHandled(payment);
      return { outTradeNo: payment.outTradeNo, before, after: before, tradeStatus: null, message: '已支付' };
    }
    const trade = await this.provider.query(payment.outTradeNo);
    await this.payments.update({ id: payment.id }, { checkedAt: new Date() });
    if (!trade.exists) return { outTradeNo: payment.outTradeNo, before, after: before, tradeStatus: null, message: '支付宝无此交易（买家尚未打开收银台）' };
    if (PAID_TRADE_STATUSES.includes(trade.tradeStatus)) {
      if (trade.totalFen !== payment.amountFen) {
        this.logger.error(`trade query for ${payment.outTradeNo}: paid ${trade.totalFen} fen, expected ${payment.amountFen}`);
        return { outTradeNo: payment.outTradeNo, before, after: before, tradeStatus: trade.tradeStatus, message: '金额不符，未入账，请人工核对' };
      }
      const p = await this.recorder.recordSuccess(payment, { tradeNo: trade.tradeNo, buyerId: trade.buyerId, paidAt: trade.paidAt, via: PaymentConfirmation.QUERY });
      return { outTradeNo: payment.outTradeNo, before, after: p.status, tradeStatus: trade.tradeStatus, message: p.needsRefund ? '已支付（重复支付，待退款）' : '已补记支付' };
    }
    if (trade.tradeStatus === 'TRADE_CLOSED') {
      await this.recorder.close(payment);
      return { outTradeNo: payment.outTradeNo, before, after: PaymentStatus.CLOSED, tradeStatus: trade.tradeStatus, message: '交易已关闭' };
    }
    return { outTradeNo: payment.outTradeNo, before, after: before, tradeStatus: trade.tradeStatus, message: '等待买家付款' };
  }

  private failed(p: Payment, err: unknown): ReconcileResult {
    this.logger.warn({ err }, `trade query for ${p.outTradeNo} failed`);
    return { outTradeNo: p.outTradeNo, before: p.status, after: p.status, tradeStatus: null, message: `查询失败：${err instanceof Error ? err.message.slice(0, 120) : String(err)}` };
  }
}
