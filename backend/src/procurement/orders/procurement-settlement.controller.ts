import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../../common/uuid-param';
import { CurrentUser, Roles } from '../../identity/access.decorators';
import { Principal } from '../../identity/principal';
import { Role } from '../../identity/role';
import { AlipayDto, ProcurementReasonDto, TransferDto } from './dto';
import { OrderInvoices } from './order-invoices.service';
import { OrderViews } from './order-views.service';
import { ProcurementPayments } from './procurement-payments.service';
import { AlipayStartView, ProcurementOrderView } from './views';

/** The buyer's side after acceptance: checking the invoice (验票) and paying. */
@ApiTags('procurement')
@Controller('procurement/orders/:id')
@Roles(Role.CANTEEN_BUYER, Role.AGENCY_MANAGER)
export class ProcurementSettlementController {
  constructor(
    private readonly invoices: OrderInvoices,
    private readonly payments: ProcurementPayments,
    private readonly views: OrderViews,
  ) {}

  @Post('invoice/verify')
  @HttpCode(200)
  @ApiOkResponse({ type: ProcurementOrderView, description: '验票通过；已付款的订单随之完成' })
  async verify(@CurrentUser() me: Principal, @Param('id', UuidParam('采购订单')) id: string): Promise<ProcurementOrderView> {
    return this.views.detail(await this.invoices.verify(me, id));
  }

  @Post('invoice/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: ProcurementOrderView, description: '驳回发票，供应商可重新提交' })
  async reject(@CurrentUser() me: Principal, @Param('id', UuidParam('采购订单')) id: string, @Body() dto: ProcurementReasonDto): Promise<ProcurementOrderView> {
    return this.views.detail(await this.invoices.reject(me, id, dto.reason));
  }

  @Post('payments/transfer')
  @HttpCode(200)
  @ApiOkResponse({ type: ProcurementOrderView, description: '登记对公转账（金额为应付金额），等待供应商或平台确认收款' })
  @ApiConflictResponse({ description: 'NOT_ACCEPTED 未验收不能付款' })
  async transfer(@CurrentUser() me: Principal, @Param('id', UuidParam('采购订单')) id: string, @Body() dto: TransferDto): Promise<ProcurementOrderView> {
    return this.views.detail(await this.payments.declareTransfer(me, id, dto));
  }

  @Post('payments/alipay')
  @HttpCode(200)
  @ApiOkResponse({ type: AlipayStartView })
  @ApiConflictResponse({ description: 'NOT_ACCEPTED 未验收不能付款' })
  alipay(@CurrentUser() me: Principal, @Param('id', UuidParam('采购订单')) id: string, @Body() dto: AlipayDto): Promise<AlipayStartView> {
    return this.payments.startAlipay(me, id, dto.device ?? 'page');
  }
}
