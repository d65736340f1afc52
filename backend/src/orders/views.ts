import { ApiProperty } from '@nestjs/swagger';
import { LedgerEntryType } from './ledger-entry.entity';
import { OrderActor, OrderEventType } from './order-event.entity';
import { OrderStatus, RefundKind, RefundStatus, SupplierOrderStatus } from './order-status';
import { SettlementStatus } from './settlement.entity';

/** Contract: the answer of POST /api/orders (a replay with the same Idempotency-Key and body answers the same). */
export class CheckoutResult {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '2026031548210937', description: '16 位数字订单号（日期 + 7 位 + 校验位），便于电话报读' }) orderNo: string;
  @ApiProperty({ enum: [OrderStatus.PENDING_PAYMENT] }) status: OrderStatus;
  @ApiProperty({ description: '商品总额（分），按下单时的价格计算' }) totalFen: number;
  @ApiProperty({ description: '工会券优惠（分）' }) discountFen: number;
  @ApiProperty({ description: '应付金额（分）' }) payableFen: number;
  @ApiProperty({ format: 'date-time', description: '超过此时间未支付，订单自动取消并释放库存' }) expiresAt: string;
}

export class PayResult {
  @ApiProperty() payUrl: string;
  @ApiProperty() outTradeNo: string;
}

export class OrderAddressView {
  @ApiProperty() name: string;
  @ApiProperty() phone: string;
  @ApiProperty() region: string;
  @ApiProperty() detail: string;
}

export class OrderItemView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) supplierOrderId: string;
  @ApiProperty({ format: 'uuid' }) productId: string;
  @ApiProperty({ format: 'uuid' }) skuId: string;
  @ApiProperty() productName: string;
  @ApiProperty() spec: string;
  @ApiProperty() unit: string;
  @ApiProperty() unitPriceFen: number;
  @ApiProperty() quantity: number;
  @ApiProperty() lineFen: number;
  @ApiProperty({ description: '分摊的工会券优惠' }) discountFen: number;
  @ApiProperty() shippedQty: number;
  @ApiProperty() refundedQty: number;
  @ApiProperty() refundedFen: number;
}

export class ShipmentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() carrier: string;
  @ApiProperty() trackingNo: string;
  @ApiProperty({ type: () => [ShipmentLineView] }) lines: ShipmentLineView[];
  @ApiProperty({ format: 'date-time' }) shippedAt: string;
}

export class ShipmentLineView {
  @ApiProperty({ format: 'uuid' }) orderItemId: string;
  @ApiProperty() quantity: number;
}

export class RefundLineView {
  @ApiProperty({ format: 'uuid' }) orderItemId: string;
  @ApiProperty() quantity: number;
  @ApiProperty({ description: '其中未发出、退回库存的数量' }) restockQty: number;
  @ApiProperty() amountFen: number;
}

export class OrderRefundView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() refundNo: string;
  @ApiProperty({ format: 'uuid' }) orderId: string;
  @ApiProperty() orderNo: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) supplierOrderId: string | null;
  @ApiProperty({ enum: RefundKind }) kind: RefundKind;
  @ApiProperty({ enum: RefundStatus }) status: RefundStatus;
  @ApiProperty() reason: string;
  @ApiProperty({ type: [RefundLineView] }) lines: RefundLineView[];
  @ApiProperty({ description: '退给买家的金额（分）' }) amountFen: number;
  @ApiProperty({ description: '随之冲回的工会补贴（分）' }) subsidyFen: number;
  @ApiProperty({ type: String, nullable: true }) rejectReason: string | null;
  @ApiProperty({ type: String, nullable: true }) failureMessage: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) refundedAt: string | null;
}

export class OrderEventView {
  @ApiProperty({ enum: OrderEventType }) type: OrderEventType;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) supplierOrderId: string | null;
  @ApiProperty({ type: String, nullable: true }) from: string | null;
  @ApiProperty({ type: String, nullable: true }) to: string | null;
  @ApiProperty({ enum: OrderActor }) actor: OrderActor;
  @ApiProperty({ type: String, nullable: true, description: '操作人姓名（系统与支付渠道为空）' }) actorName: string | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class OrderSupplierRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class SupplierOrderPartView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() subOrderNo: string;
  @ApiProperty({ type: OrderSupplierRef }) supplier: OrderSupplierRef;
  @ApiProperty({ enum: SupplierOrderStatus }) status: SupplierOrderStatus;
  @ApiProperty() goodsFen: number;
  @ApiProperty() discountFen: number;
  @ApiProperty() payableFen: number;
  @ApiProperty() refundedFen: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: '处理中的退款申请' }) openRefundId: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) autoConfirmAt: string | null;
  @ApiProperty({ type: [ShipmentView] }) shipments: ShipmentView[];
}

/** Contract: GET /api/orders/:id — the order with its status and items (and its parts, refunds and history). */
export class OrderView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() orderNo: string;
  @ApiProperty({ enum: OrderStatus }) status: OrderStatus;
  @ApiProperty() totalFen: number;
  @ApiProperty() discountFen: number;
  @ApiProperty() payableFen: number;
  @ApiProperty() refundedFen: number;
  @ApiProperty({ type: String, nullable: true }) couponCode: string | null;
  @ApiProperty({ type: String, nullable: true, description: '优惠出资方（工会）' }) couponFundedBy: string | null;
  @ApiProperty({ type: OrderAddressView }) address: OrderAddressView;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) paidAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) cancelledAt: string | null;
  @ApiProperty({ type: String, nullable: true }) cancelReason: string | null;
  @ApiProperty({ type: [OrderItemView] }) items: OrderItemView[];
  @ApiProperty({ type: [SupplierOrderPartView] }) supplierOrders: SupplierOrderPartView[];
  @ApiProperty({ type: [OrderRefundView] }) refunds: OrderRefundView[];
  @ApiProperty({ type: [OrderEventView] }) events: OrderEventView[];
}

export class OrderSummaryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() orderNo: string;
  @ApiProperty({ enum: OrderStatus }) status: OrderStatus;
  @ApiProperty() totalFen: number;
  @ApiProperty() payableFen: number;
  @ApiProperty() refundedFen: number;
  @ApiProperty() itemCount: number;
  @ApiProperty({ type: String, nullable: true, description: '首个商品名称' }) firstProductName: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class OrderListView {
  @ApiProperty({ type: [OrderSummaryView] }) items: OrderSummaryView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

/** A co-op's view of its part of an order: what to ship, where, and its after-sales. */
export class SupplierOrderView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() subOrderNo: string;
  @ApiProperty({ format: 'uuid' }) orderId: string;
  @ApiProperty() orderNo: string;
  @ApiProperty({ enum: SupplierOrderStatus }) status: SupplierOrderStatus;
  @ApiProperty() goodsFen: number;
  @ApiProperty() discountFen: number;
  @ApiProperty() payableFen: number;
  @ApiProperty() refundedFen: number;
  @ApiProperty({ type: OrderAddressView }) address: OrderAddressView;
  @ApiProperty({ type: [OrderItemView] }) items: OrderItemView[];
  @ApiProperty({ type: [ShipmentView] }) shipments: ShipmentView[];
  @ApiProperty({ type: [OrderRefundView] }) refunds: OrderRefundView[];
  @ApiProperty({ type: [OrderEventView] }) events: OrderEventView[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) openRefundId: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) paidAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) autoConfirmAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class SupplierOrderListView {
  @ApiProperty({ type: [SupplierOrderView] }) items: SupplierOrderView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class OrderRefundListView {
  @ApiProperty({ type: [OrderRefundView] }) items: OrderRefundView[];
}

export class CartLineView {
  @ApiProperty({ format: 'uuid' }) skuId: string;
  @ApiProperty() quantity: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) productId: string | null;
  @ApiProperty({ type: String, nullable: true }) productName: string | null;
  @ApiProperty({ type: String, nullable: true }) spec: string | null;
  @ApiProperty({ type: String, nullable: true }) unit: string | null;
  @ApiProperty({ type: String, nullable: true }) coverUrl: string | null;
  @ApiProperty({ type: Number, nullable: true, description: '当前价格（分）' }) priceFen: number | null;
  @ApiProperty({ type: Number, nullable: true }) lineFen: number | null;
  @ApiProperty({ type: Number, nullable: true }) stock: number | null;
  @ApiProperty({ description: '当前可购买（商品在售、规格启用、库存足够）' }) available: boolean;
  @ApiProperty({ type: String, nullable: true, description: '不可购买的原因' }) unavailableReason: string | null;
}

export class CartGroupView {
  @ApiProperty({ type: OrderSupplierRef, nullable: true }) supplier: OrderSupplierRef | null;
  @ApiProperty({ type: [CartLineView] }) lines: CartLineView[];
  @ApiProperty({ description: '可购买商品小计（分）' }) subtotalFen: number;
}

export class CartView {
  @ApiProperty({ type: [CartGroupView], description: '按供应商分组（结算时每个供应商一个子订单）' }) groups: CartGroupView[];
  @ApiProperty() totalFen: number;
  @ApiProperty() lineCount: number;
}

export class LedgerEntryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) supplierId: string;
  @ApiProperty() supplierName: string;
  @ApiProperty({ format: 'uuid' }) orderId: string;
  @ApiProperty() orderNo: string;
  @ApiProperty() subOrderNo: string;
  @ApiProperty({ enum: LedgerEntryType }) type: LedgerEntryType;
  @ApiProperty({ description: '带符号金额（分）' }) amountFen: number;
  @ApiProperty({ description: '出资方：买家或发券工会' }) fundedBy: string;
  @ApiProperty() businessDate: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) settlementId: string | null;
}

export class LedgerTotalsView {
  @ApiProperty() saleFen: number;
  @ApiProperty() subsidyFen: number;
  @ApiProperty({ description: '退款与补贴冲回（负数）' }) refundFen: number;
  @ApiProperty() netFen: number;
  @ApiProperty({ description: '其中尚未结算' }) unsettledFen: number;
}

export class LedgerView {
  @ApiProperty({ type: [LedgerEntryView] }) items: LedgerEntryView[];
  @ApiProperty({ type: LedgerTotalsView }) totals: LedgerTotalsView;
}

export class SettlementView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) supplierId: string;
  @ApiProperty() supplierName: string;
  @ApiProperty() periodFrom: string;
  @ApiProperty() periodTo: string;
  @ApiProperty({ enum: SettlementStatus }) status: SettlementStatus;
  @ApiProperty() saleFen: number;
  @ApiProperty() subsidyFen: number;
  @ApiProperty() refundFen: number;
  @ApiProperty({ description: '应付供应商（分）' }) netFen: number;
  @ApiProperty() entryCount: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) paidAt: string | null;
  @ApiProperty({ type: String, nullable: true }) payReference: string | null;
}

export class SettlementListView {
  @ApiProperty({ type: [SettlementView] }) items: SettlementView[];
}
