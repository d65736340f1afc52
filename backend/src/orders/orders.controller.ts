import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { UuidParam } from '../common/uuid-param';
import { CurrentUser, Roles } from '../identity/access.decorators';
import { Principal } from '../identity/principal';
import { Role } from '../identity/role';
import { CheckoutService } from './checkout.service';
import { CancelOrderDto, CheckoutDto, ConfirmReceiptDto, OrderListQuery, PayDto, RefundRequestDto } from './dto';
import { Fulfilment } from './fulfilment.service';
import { OrderLifecycle } from './order-lifecycle.service';
import { OrderPayments } from './order-payments.service';
import { OrderViews, refundView } from './order-views.service';
import { buyer } from './order-transitions';
import { RefundRequests } from './refund-requests.service';
import { CheckoutResult, OrderListView, OrderRefundView, OrderView, PayResult } from './views';

/** A citizen's own orders (contract: POST /api/orders, GET /api/orders/:id, POST /api/orders/:id/pay). */
@ApiTags('orders')
@Controller('orders')
@Roles(Role.CITIZEN)
export class OrdersController {
  constructor(
    private readonly checkoutService: CheckoutService,
    private readonly lifecycle: OrderLifecycle,
    private readonly payments: OrderPayments,
    private readonly fulfilment: Fulfilment,
    private readonly refunds: RefundRequests,
    private readonly views: OrderViews,
  ) {}

  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: '每次下单唯一；重试时带同一个值与同样的请求体，得到同一笔订单' })
  @ApiCreatedResponse({ type: CheckoutResult })
  @ApiConflictResponse({ description: 'OUT_OF_STOCK 库存不足（不产生任何变化）' })
  @ApiUnprocessableEntityResponse({ description: 'IDEMPOTENCY_KEY_REUSED 同一幂等键用于不同请求体；SKU_UNAVAILABLE 商品不可购买' })
  checkout(@CurrentUser() me: Principal, @Headers('idempotency-key') key: string | undefined, @Body() dto: CheckoutDto): Promise<CheckoutResult> {
    return this.checkoutService.checkout(me, key, dto);
  }

  @Get()
  @ApiOkResponse({ type: OrderListView })
  list(@CurrentUser() me: Principal, @Query() q: OrderListQuery): Promise<OrderListView> {
    return this.views.orderList({ userId: me.id, ...(q.status ? { status: q.status } : {}) }, q.page, q.pageSize);
  }

  @Get(':id')
  @ApiOkResponse({ type: OrderView })
  async get(@CurrentUser() me: Principal, @Param('id', UuidParam('订单')) id: string): Promise<OrderView> {
    return this.views.order(await this.lifecycle.requireOwn(me.id, id));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOkResponse({ type: OrderView, description: '取消待付款订单：释放库存与工会券；已付款订单请申请退款' })
  async cancel(@CurrentUser() me: Principal, @Param('id', UuidParam('订单')) id: string, @Body() dto: CancelOrderDto): Promise<OrderView> {
    return this.views.order(await this.lifecycle.cancel(me.id, id, buyer(me.id), dto.reason));
  }

  @Post(':id/pay')
  @HttpCode(200)
  @ApiOkResponse({ type: PayResult })
  pay(@CurrentUser() me: Principal, @Param('id', UuidParam('订单')) id: string, @Body() dto: PayDto): Promise<PayResult> {
    return this.payments.pay(me.id, id, dto.device ?? 'page');
  }

  @Post(':id/confirm-receipt')
  @HttpCode(200)
  @ApiOkResponse({ type: OrderView })
  async confirm(@CurrentUser() me: Principal, @Param('id', UuidParam('订单')) id: string, @Body() dto: ConfirmReceiptDto): Promise<OrderView> {
    await this.fulfilment.confirmReceipt(me.id, id, dto);
    return this.views.order(await this.lifecycle.requireOwn(me.id, id));
  }

  @Post(':id/refunds')
  @ApiCreatedResponse({ type: OrderRefundView, description: '申请退款（发货前或发货后），金额由服务端按实付分摊计算' })
  async requestRefund(@CurrentUser() me: Principal, @Param('id', UuidParam('订单')) id: string, @Body() dto: RefundRequestDto): Promise<OrderRefundView> {
    const order = await this.lifecycle.requireOwn(me.id, id);
    return refundView(await this.refunds.request(me.id, id, dto), order.orderNo);
  }

  @Post(':id/refunds/:refundId/withdraw')
  @HttpCode(200)
  @ApiOkResponse({ type: OrderRefundView })
  async withdraw(@CurrentUser() me: Principal, @Param('id', UuidParam('订单')) id: string, @Param('refundId', UuidParam('退款申请')) refundId: string): Promise<OrderRefundView> {
    const order = await this.lifecycle.requireOwn(me.id, id);
    return refundView(await this.refunds.withdraw(me.id, id, refundId), order.orderNo);
  }
}
