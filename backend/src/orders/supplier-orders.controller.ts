import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { Response } from 'express';
import { Repository } from 'typeorm';
import { UuidParam } from '../common/uuid-param';
import { CurrentSupplierId, CurrentUser, Roles } from '../identity/access.decorators';
import { Principal } from '../identity/principal';
import { Role } from '../identity/role';
import { LedgerQuery, RefundListQuery, RejectRefundDto, ShipDto, SupplierOrderListQuery } from './dto';
import { Fulfilment } from './fulfilment.service';
import { LedgerService } from './ledger.service';
import { OPEN_REFUND } from './order-status';
import { OrderViews } from './order-views.service';
import { RefundRequest } from './refund-request.entity';
import { RefundRequests } from './refund-requests.service';
import { In } from 'typeorm';
import { LedgerView, OrderRefundListView, OrderRefundView, SettlementListView, SupplierOrderListView, SupplierOrderView } from './views';

/** A co-op's own orders, after-sales and ledger; another co-op's ids answer 404. */
@ApiTags('supplier: orders')
@Controller('supplier')
@Roles(Role.SUPPLIER_STAFF)
export class SupplierOrdersController {
  constructor(
    private readonly fulfilment: Fulfilment,
    private readonly refunds: RefundRequests,
    private readonly views: OrderViews,
    private readonly ledger: LedgerService,
    @InjectRepository(RefundRequest) private readonly refundRepo: Repository<RefundRequest>,
  ) {}

  @Get('orders')
  @ApiOkResponse({ type: SupplierOrderListView, description: '已付款的子订单（待付款与已取消的不显示）' })
  list(@CurrentSupplierId() supplierId: string, @Query() q: SupplierOrderListQuery): Promise<SupplierOrderListView> {
    return this.views.supplierList(supplierId, q.status, q.page, q.pageSize);
  }

  @Get('orders/:id')
  @ApiOkResponse({ type: SupplierOrderView })
  async get(@CurrentSupplierId() supplierId: string, @Param('id', UuidParam('订单')) id: string): Promise<SupplierOrderView> {
    return (await this.views.supplierViews([await this.fulfilment.requireOwn(supplierId, id)]))[0];
  }

  @Post('orders/:id/shipments')
  @ApiCreatedResponse({ type: SupplierOrderView, description: '发货（可拆包多次发货），填写物流公司与运单号' })
  async ship(@CurrentSupplierId() supplierId: string, @CurrentUser() me: Principal, @Param('id', UuidParam('订单')) id: string, @Body() dto: ShipDto): Promise<SupplierOrderView> {
    await this.fulfilment.ship(supplierId, me.id, id, dto);
    return (await this.views.supplierViews([await this.fulfilment.requireOwn(supplierId, id)]))[0];
  }

  @Get('refunds')
  @ApiOkResponse({ type: OrderRefundListView, description: '售后申请；默认只看处理中的' })
  async refundList(@CurrentSupplierId() supplierId: string, @Query() q: RefundListQuery): Promise<OrderRefundListView> {
    const rows = await this.refundRepo.find({ where: { supplierId, status: q.status ?? In([...OPEN_REFUND]) }, order: { createdAt: 'DESC' }, take: 500 });
    return { items: await this.views.refundViews(rows) };
  }

  @Post('refunds/:id/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: OrderRefundView, description: '同意退款：原路退回买家实付，未发出的商品退回库存' })
  async approve(@CurrentSupplierId() supplierId: string, @CurrentUser() me: Principal, @Param('id', UuidParam('退款申请')) id: string): Promise<OrderRefundView> {
    return (await this.views.refundViews([await this.refunds.approve(supplierId, me, id)]))[0];
  }

  @Post('refunds/:id/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: OrderRefundView })
  async reject(@CurrentSupplierId() supplierId: string, @CurrentUser() me: Principal, @Param('id', UuidParam('退款申请')) id: string, @Body() dto: RejectRefundDto): Promise<OrderRefundView> {
    return (await this.views.refundViews([await this.refunds.reject(supplierId, me, id, dto.reason)]))[0];
  }

  @Get('ledger')
  @ApiOkResponse({ type: LedgerView })
  ownLedger(@CurrentSupplierId() supplierId: string, @Query() q: LedgerQuery): Promise<LedgerView> {
    return this.ledger.ledger({ ...q, supplierId });
  }

  @Get('ledger/export')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: '台账 CSV（UTF-8 BOM，金额单位元）', schema: { type: 'string' } })
  async exportLedger(@CurrentSupplierId() supplierId: string, @Query() q: LedgerQuery, @Res({ passthrough: true }) res: Response): Promise<string> {
    const csv = await this.ledger.csv({ ...q, supplierId });
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="ledger-${q.from ?? 'all'}-${q.to ?? 'all'}.csv"`);
    return csv;
  }

  @Get('settlements')
  @ApiOkResponse({ type: SettlementListView })
  async settlements(@CurrentSupplierId() supplierId: string): Promise<SettlementListView> {
    return { items: await this.ledger.settlementList(supplierId) };
  }
}
