import { Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditLog } from '../audit/audit-log.service';
import { AppError } from '../common/app-error';
import { UuidParam } from '../common/uuid-param';
import { CurrentUser, Roles } from '../identity/access.decorators';
import { Principal } from '../identity/principal';
import { Role } from '../identity/role';
import { PaymentListQuery, PaymentListView, paymentView, ReconcileSweepView, ReconcileView, RefundOutcomeView } from './dto';
import { PaymentsService } from './payments.service';
import { ReconciliationService } from './reconciliation.service';
import { RefundsService } from './refunds.service';

/** Operators: payment records, reconciliation with Alipay, refunds of duplicate payments. */
@ApiTags('admin: payments')
@Controller('admin/payments')
@Roles(Role.OPERATOR)
export class AdminPaymentsController {
  constructor(
    private readonly payments: PaymentsService,
    private readonly refunds: RefundsService,
    private readonly reconciliation: ReconciliationService,
    private readonly audit: AuditLog,
  ) {}

  @Get()
  @ApiOkResponse({ type: PaymentListView })
  async list(@Query() q: PaymentListQuery): Promise<PaymentListView> {
    const items = await this.payments.list(q);
    return { items: await Promise.all(items.map(async (p) => paymentView(p, await this.refunds.listFor(p.id)))) };
  }

  @Post('reconcile')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '立即对账：查询未收到通知的待支付记录（alipay.trade.query）' })
  @ApiOkResponse({ type: ReconcileSweepView })
  async sweep(): Promise<ReconcileSweepView> {
    return { items: await this.reconciliation.reconcileDue() };
  }

  @Post(':id/reconcile')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '向支付宝查询该笔交易并补记结果' })
  @ApiOkResponse({ type: ReconcileView })
  async reconcile(@Param('id', UuidParam('支付记录')) id: string): Promise<ReconcileView> {
    const p = await this.payments.get(id);
    try {
      return await this.reconciliation.reconcile(p);
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw new AppError(HttpStatus.BAD_GATEWAY, 'PAYMENT_GATEWAY_ERROR', `查询支付宝失败：${err instanceof Error ? err.message.slice(0, 120) : '未知错误'}`);
    }
  }

  @Post(':id/refund-duplicate')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '退回重复支付（订单已由另一笔支付付清）' })
  @ApiOkResponse({ type: RefundOutcomeView })
  async refundDuplicate(@Param('id', UuidParam('支付记录')) id: string, @CurrentUser() me: Principal): Promise<RefundOutcomeView> {
    const p = await this.payments.get(id);
    const outcome = await this.payments.refundDuplicate(id);
    // Recorded after the provider answered (the refund is not one local transaction), success or failure.
    const amount = `${Math.floor(p.amountFen / 100)}.${String(p.amountFen % 100).padStart(2, '0')}`;
    await this.audit.record({
      actor: me, action: 'payment.refund_duplicate', subjectType: 'payment', subjectId: p.id,
      summary: `退回重复支付 ${p.outTradeNo}（${amount} 元）：${outcome.status === 'SUCCEEDED' ? '成功' : `失败 ${outcome.message ?? ''}`}`,
      before: { needsRefund: p.needsRefund, refundedFen: p.refundedFen }, after: { needsRefund: outcome.status !== 'SUCCEEDED', refundStatus: outcome.status, amountFen: p.amountFen },
    });
    return outcome;
  }
}
