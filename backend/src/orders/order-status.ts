import { defineStateMachine } from '../common/state-machine';

/**
 * The customer order (the contract's order, one payment). After payment its status is the roll-up
 * of its supplier orders (see rollUp), checked against this table like any other transition.
 */
export enum OrderStatus {
  PENDING_PAYMENT = 'PENDING_PAYMENT',
  PAID = 'PAID',
  PARTIALLY_SHIPPED = 'PARTIALLY_SHIPPED',
  SHIPPED = 'SHIPPED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  REFUNDED = 'REFUNDED',
}

/** One co-op's part of a customer order (子订单): it ships, is received, and is refunded on its own. */
export enum SupplierOrderStatus {
  PENDING_PAYMENT = 'PENDING_PAYMENT',
  PAID = 'PAID',
  PARTIALLY_SHIPPED = 'PARTIALLY_SHIPPED',
  SHIPPED = 'SHIPPED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  REFUNDED = 'REFUNDED',
}

/** A refund request (售后): the supplier decides, then the money goes back through the payment provider. */
export enum RefundStatus {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  FAILED = 'FAILED',
  REFUNDED = 'REFUNDED',
}

export enum RefundKind {
  /** Nothing of it has left the co-op: refund only, the units go back to stock. */
  BEFORE_SHIPMENT = 'BEFORE_SHIPMENT',
  /** Some units were shipped: refund (return is arranged with the co-op); shipped units do not return to stock. */
  AFTER_SHIPMENT = 'AFTER_SHIPMENT',
  /** A payment that arrived for an order already cancelled (or paid twice): returned in full, automatically. */
  STRAY_PAYMENT = 'STRAY_PAYMENT',
}

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  PENDING_PAYMENT: '待付款',
  PAID: '待发货',
  PARTIALLY_SHIPPED: '部分发货',
  SHIPPED: '已发货',
  COMPLETED: '已完成',
  CANCELLED: '已取消',
  REFUNDED: '已退款',
};

export const REFUND_STATUS_LABELS: Record<RefundStatus, string> = {
  REQUESTED: '待商家处理',
  APPROVED: '退款中',
  REJECTED: '已拒绝',
  WITHDRAWN: '已撤销',
  FAILED: '退款失败',
  REFUNDED: '已退款',
};

export const orderStates = defineStateMachine<OrderStatus>(
  {
    PENDING_PAYMENT: [OrderStatus.PAID, OrderStatus.CANCELLED],
    PAID: [OrderStatus.PARTIALLY_SHIPPED, OrderStatus.SHIPPED, OrderStatus.COMPLETED, OrderStatus.REFUNDED],
    PARTIALLY_SHIPPED: [OrderStatus.SHIPPED, OrderStatus.COMPLETED, OrderStatus.REFUNDED],
    SHIPPED: [OrderStatus.COMPLETED, OrderStatus.REFUNDED],
    COMPLETED: [OrderStatus.REFUNDED],
    CANCELLED: [],
    REFUNDED: [],
  },
  { subject: '订单', labels: ORDER_STATUS_LABELS },
);

export const supplierOrderStates = defineStateMachine<SupplierOrderStatus>(
  {
    PENDING_PAYMENT: [SupplierOrderStatus.PAID, SupplierOrderStatus.CANCELLED],
    PAID: [SupplierOrderStatus.PARTIALLY_SHIPPED, SupplierOrderStatus.SHIPPED, SupplierOrderStatus.REFUNDED],
    PARTIALLY_SHIPPED: [SupplierOrderStatus.PARTIALLY_SHIPPED, SupplierOrderStatus.SHIPPED, SupplierOrderStatus.REFUNDED],
    SHIPPED: [SupplierOrderStatus.COMPLETED, SupplierOrderStatus.REFUNDED],
    COMPLETED: [SupplierOrderStatus.REFUNDED],
    CANCELLED: [],
    REFUNDED: [],
  },
  { subject: '子订单', labels: ORDER_STATUS_LABELS as Record<SupplierOrderStatus, string> },
);

export const refundStates = defineStateMachine<RefundStatus>(
  {
    REQUESTED: [RefundStatus.APPROVED, RefundStatus.REJECTED, RefundStatus.WITHDRAWN],
    APPROVED: [RefundStatus.REFUNDED, RefundStatus.FAILED],
    FAILED: [RefundStatus.REFUNDED, RefundStatus.FAILED],
    REJECTED: [],
    WITHDRAWN: [],
    REFUNDED: [],
  },
  { subject: '退款申请', labels: REFUND_STATUS_LABELS },
);

/** Refund requests still to be settled: at most one per supplier order, and it pauses shipping and auto-confirm. */
export const OPEN_REFUND: readonly RefundStatus[] = [RefundStatus.REQUESTED, RefundStatus.APPROVED, RefundStatus.FAILED];

/** Supplier-order states in which the goods were sold (they count in sales and the ledger). */
export const SOLD: readonly SupplierOrderStatus[] = [SupplierOrderStatus.PAID, SupplierOrderStatus.PARTIALLY_SHIPPED, SupplierOrderStatus.SHIPPED, SupplierOrderStatus.COMPLETED];

/**
 * The customer order's status from its supplier orders: all cancelled → CANCELLED; all refunded →
 * REFUNDED; every live part received → COMPLETED; every live part shipped → SHIPPED; some shipped →
 * PARTIALLY_SHIPPED; otherwise PAID. Refunded parts do not hold the rest back.
 */
export function rollUp(parts: SupplierOrderStatus[]): OrderStatus {
  const S = SupplierOrderStatus;
  if (parts.every((s) => s === S.PENDING_PAYMENT)) return OrderStatus.PENDING_PAYMENT;
  if (parts.every((s) => s === S.CANCELLED)) return OrderStatus.CANCELLED;
  if (parts.every((s) => s === S.REFUNDED)) return OrderStatus.REFUNDED;
  const live = parts.filter((s) => s !== S.REFUNDED && s !== S.CANCELLED);
  if (live.every((s) => s === S.COMPLETED)) return OrderStatus.COMPLETED;
  if (live.every((s) => s === S.SHIPPED || s === S.COMPLETED)) return OrderStatus.SHIPPED;
  if (live.some((s) => s !== S.PAID)) return OrderStatus.PARTIALLY_SHIPPED;
  return OrderStatus.PAID;
}
