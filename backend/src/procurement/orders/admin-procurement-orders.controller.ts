import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../../common/uuid-param';
import { CurrentUser, Roles } from '../../identity/access.decorators';
import { Principal } from '../../identity/principal';
import { Role } from '../../identity/role';
import { AdminProcurementListQuery, RefundDto } from './dto';
import { OrderAccess } from './order-access.service';
import { OrderRefunds } from './order-refunds.service';
import { OrderViews } from './order-views.service';
import { ProcurementPayments } from './procurement-payments.service';
import { ProcurementOrderList, ProcurementOrderView } from './views';

/** Operators see every procurement order and may confirm transfers and record refunds. */
@ApiTags('admin: procurement')
@Controller('admin/procurement-orders')
@Roles(Role.OPERATOR)
export class AdminProcurementOrdersController {
  constructor(
    private readonly access: OrderAccess,
    private readonly payments: ProcurementPayments,
    private readonly refunds: OrderRefunds,
    private readonly views: OrderViews,
  ) {}

  @Get()
  @ApiOkResponse({ type: ProcurementOrderList })
  list(@Query() q: AdminProcurementListQuery): Promise<ProcurementOrderList> {
    return this.views.list({ agencyId: q.agencyId, supplierId: q.supplierId, status: q.status }, q.page, q.pageSize);
  }

  @Get(':id')
  @ApiOkResponse({ type: ProcurementOrderView })
  async get(@Param('id', UuidParam('采购订单')) id: string): Promise<ProcurementOrderView> {
    return this.views.detail(await this.access.get(id));
  }

  @Post(':id/payments/transfer/confirm')
  @HttpCode(200)
  @ApiOkResponse({ type: ProcurementOrderView, description: '平台代为确认对公转账到账' })
  async confirmTransfer(@CurrentUser() me: Principal, @Param('id', UuidParam('采购订单')) id: string): Promise<ProcurementOrderView> {
    return this.views.detail(await this.payments.confirmTransfer(me, await this.access.get(id)));
  }

  @Post(':id/refunds')
  @ApiCreatedResponse({ type: ProcurementOrderView })
  async refund(@CurrentUser() me: Principal, @Param('id', UuidParam('采购订单')) id: string, @Body() dto: RefundDto): Promise<ProcurementOrderView> {
    await this.refunds.refund(me, await this.access.get(id), dto);
    return this.views.detail(await this.access.get(id));
  }
}
