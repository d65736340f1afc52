import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { Response } from 'express';
import { In, Repository } from 'typeorm';
import { AppError } from '../common/app-error';
import { UuidParam } from '../common/uuid-param';
import { CurrentUser, Roles } from '../identity/access.decorators';
import { Principal } from '../identity/principal';
import { Role } from '../identity/role';
import { CustomerOrder } from './customer-order.entity';
import { AdminLedgerQuery, CreateSettlementDto, OrderListQuery, RefundListQuery, SettlementPaidDto } from './dto';
import { LedgerService } from './ledger.service';
import { OPEN_REFUND } from './order-status';
import { operator } from './order-transitions';
import { OrderViews } from './order-views.service';
import { RefundExecution } from './refund-execution.service';
import { RefundRequest } from './refund-request.entity';
import { LedgerView, OrderListView, OrderRefundListView, OrderRefundView, OrderView, SettlementListView, SettlementView } from './views';

/** Operators: every order, refunds that need a hand (failed, stray payments), the ledger of every co-op, settlements. */
@ApiTags('admin: orders')
@Controller('admin')
@Roles(Role.OPERATOR)
export class AdminOrdersController {
  constructor(
    private readonly views: OrderViews,
    private readonly ledger: LedgerService,
    private readonly execution: RefundExecution,
    @InjectRepository(CustomerOrder) private readonly orders: Repository<CustomerOrder>,
    @InjectRepository(RefundRequest) private readonly refunds: Repository<RefundRequest>,
  ) {}

  @Get('orders')
  @ApiOkResponse({ type: OrderListView })
  list(@Query() q: OrderListQuery): Promise<OrderListView> {
    return this.views.orderList(q.status ? { status: q.status } : {}, q.page, q.pageSize);
  }

  @Get('orders/:id')
  @ApiOkResponse({ type: OrderView })
  async get(@Param('id', UuidParam('订单')) id: string): Promise<OrderView> {
    const order = await this.orders.findOneBy({ id });
    if (!order) throw AppError.notFound('订单');
    return this.views.order(order);
  }

  @Get('refunds')
  @ApiOkResponse({ type: OrderRefundListView, description: '默认只看未完成的（待处理、退款中、退款失败）' })
  async refundList(@Query() q: RefundListQuery): Promise<OrderRefundListView> {
    const rows = await this.refunds.find({ where: { status: q.status ?? In([...OPEN_REFUND]) }, order: { createdAt: 'DESC' }, take: 500 });
    return { items: await this.views.refundViews(rows) };
  }

  @Post('refunds/:id/retry')
  @HttpCode(200)
  @ApiOkResponse({ type: OrderRefundView, description: '重试已同意但未退成功的退款（退款单号不变，支付宝侧幂等）' })
  async retry(@CurrentUser() me: Principal, @Param('id', UuidParam('退款申请')) id: string): Promise<OrderRefundView> {
    return (await this.views.refundViews([await this.execution.execute(id, operator(me.id), me)]))[0];
  }

  @Get('ledger')
  @ApiOkResponse({ type: LedgerView })
  ledgerView(@Query() q: AdminLedgerQuery): Promise<LedgerView> {
    return this.ledger.ledger(q);
  }

  @Get('ledger/export')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: '台账 CSV（UTF-8 BOM，金额单位元）', schema: { type: 'string' } })
  async exportLedger(@Query() q: AdminLedgerQuery, @Res({ passthrough: true }) res: Response): Promise<string> {
    const csv = await this.ledger.csv(q);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="ledger-${q.from ?? 'all'}-${q.to ?? 'all'}.csv"`);
    return csv;
  }

  @Get('settlements')
  @ApiOkResponse({ type: SettlementListView })
  async settlements(): Promise<SettlementListView> {
    return { items: await this.ledger.settlementList() };
  }

  @Post('settlements')
  @ApiCreatedResponse({ type: SettlementView, description: '为供应商生成一个已结束期间的结算单（该期间内尚未结算的账目）' })
  settle(@CurrentUser() me: Principal, @Body() dto: CreateSettlementDto): Promise<SettlementView> {
    return this.ledger.settle(me, dto);
  }

  @Post('settlements/:id/paid')
  @HttpCode(200)
  @ApiOkResponse({ type: SettlementView })
  paid(@CurrentUser() me: Principal, @Param('id', UuidParam('结算单')) id: string, @Body() dto: SettlementPaidDto): Promise<SettlementView> {
    return this.ledger.markPaid(me, id, dto.payReference);
  }
}
