import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../../common/uuid-param';
import { CurrentSupplierId, CurrentUser, Roles } from '../../identity/access.decorators';
import { Principal } from '../../identity/principal';
import { Role } from '../../identity/role';
import { ConfirmOrderDto, InvoiceDto, ProcurementReasonDto, RefundDto, ProcurementShipDto, SupplierProcurementListQuery } from './dto';
import { OrderAccess } from './order-access.service';
import { OrderInvoices } from './order-invoices.service';
import { OrderRefunds } from './order-refunds.service';
import { OrderViews } from './order-views.service';
import { ProcurementPayments } from './procurement-payments.service';
import { SupplierConfirmation } from './supplier-confirmation.service';
import { ProcurementOrderList, ProcurementOrderView } from './views';

/** A co-op's procurement orders; another supplier's ids answer 404. */
@ApiTags('supplier: procurement')
@Controller('supplier/procurement-orders')
@Roles(Role.SUPPLIER_STAFF)
export class SupplierProcurementOrdersController {
  constructor(
    private readonly access: OrderAccess,
    private readonly confirmation: SupplierConfirmation,
    private readonly invoices: OrderInvoices,
    private readonly payments: ProcurementPayments,
    private readonly refunds: OrderRefunds,
    private readonly views: OrderViews,
  ) {}

  @Get()
  @ApiOkResponse({ type: ProcurementOrderList })
  list(@CurrentSupplierId() supplierId: string, @Query() q: SupplierProcurementListQuery): Promise<ProcurementOrderList> {
    return this.views.list({ supplierId, status: q.status }, q.page, q.pageSize);
  }

  @Get(':id')
  @ApiOkResponse({ type: ProcurementOrderView })
  async get(@CurrentSupplierId() supplierId: string, @Param('id', UuidParam('采购订单')) id: string): Promise<ProcurementOrderView> {
    return this.views.detail(await this.access.forSupplier(supplierId, id));
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @ApiOkResponse({ type: ProcurementOrderView, description: '确认订单（可降价，不可涨价），生成采购合同 PDF' })
  @ApiBadRequestResponse({ description: 'PRICE_INCREASE_NOT_ALLOWED 确认价高于下单价' })
  async confirm(@CurrentUser() me: Principal, @CurrentSupplierId() supplierId: string, @Param('id', UuidParam('采购订单')) id: string, @Body() dto: ConfirmOrderDto): Promise<ProcurementOrderView> {
    return this.views.detail(await this.confirmation.confirm(me, supplierId, id, dto.lines ?? []));
  }

  @Post(':id/decline')
  @HttpCode(200)
  @ApiOkResponse({ type: ProcurementOrderView, description: '拒单，库存退回' })
  async decline(@CurrentUser() me: Principal, @CurrentSupplierId() supplierId: string, @Param('id', UuidParam('采购订单')) id: string, @Body() dto: ProcurementReasonDto): Promise<ProcurementOrderView> {
    return this.views.detail(await this.confirmation.decline(me, supplierId, id, dto.reason));
  }

  @Post(':id/ship')
  @HttpCode(200)
  @ApiOkResponse({ type: ProcurementOrderView })
  async ship(@CurrentUser() me: Principal, @CurrentSupplierId() supplierId: string, @Param('id', UuidParam('采购订单')) id: string, @Body() dto: ProcurementShipDto): Promise<ProcurementOrderView> {
    return this.views.detail(await this.confirmation.ship(me, supplierId, id, dto));
  }

  @Post(':id/invoice')
  @HttpCode(200)
  @ApiOkResponse({ type: ProcurementOrderView, description: '验收后登记发票（金额须等于验收金额减已退款）' })
  async invoice(@CurrentUser() me: Principal, @CurrentSupplierId() supplierId: string, @Param('id', UuidParam('采购订单')) id: string, @Body() dto: InvoiceDto): Promise<ProcurementOrderView> {
    return this.views.detail(await this.invoices.submit(me, supplierId, id, dto));
  }

  @Post(':id/payments/transfer/confirm')
  @HttpCode(200)
  @ApiOkResponse({ type: ProcurementOrderView, description: '确认收到对公转账' })
  async confirmTransfer(@CurrentUser() me: Principal, @CurrentSupplierId() supplierId: string, @Param('id', UuidParam('采购订单')) id: string): Promise<ProcurementOrderView> {
    return this.views.detail(await this.payments.confirmTransfer(me, await this.access.forSupplier(supplierId, id)));
  }

  @Post(':id/refunds')
  @ApiCreatedResponse({ type: ProcurementOrderView, description: '验收后的退货退款（与采购方协商一致）' })
  async refund(@CurrentUser() me: Principal, @CurrentSupplierId() supplierId: string, @Param('id', UuidParam('采购订单')) id: string, @Body() dto: RefundDto): Promise<ProcurementOrderView> {
    await this.refunds.refund(me, await this.access.forSupplier(supplierId, id), dto);
    return this.views.detail(await this.access.get(id));
  }
}
