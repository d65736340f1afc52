/** Chinese names of the order side's enums (as the backend's transition tables name them). */
export const ORDER_STATUS: Record<string, { label: string; tone: 'wait' | 'ok' | 'done' | 'off' }> = {
  PENDING_PAYMENT: { label: '待付款', tone: 'wait' },
  PAID: { label: '已支付 · 待发货', tone: 'ok' },
  PARTIALLY_SHIPPED: { label: '部分发货', tone: 'ok' },
  SHIPPED: { label: '已发货', tone: 'ok' },
  COMPLETED: { label: '已完成', tone: 'done' },
  CANCELLED: { label: '已取消', tone: 'off' },
  REFUNDED: { label: '已退款', tone: 'off' },
};

export const REFUND_STATUS: Record<string, string> = {
  REQUESTED: '待商家处理', APPROVED: '退款中', REJECTED: '已拒绝', WITHDRAWN: '已撤销', FAILED: '退款失败（平台处理中）', REFUNDED: '已退款',
};

export const REFUND_KIND: Record<string, string> = {
  BEFORE_SHIPMENT: '发货前退款（未发出的商品退回库存）', AFTER_SHIPMENT: '发货后退款（退货事宜与合作社联系）', STRAY_PAYMENT: '重复或逾期付款自动退回',
};

export const EVENT_LABELS: Record<string, string> = {
  CREATED: '提交订单', PAID: '支付成功', CANCELLED: '订单取消', EXPIRED: '超时未支付，自动取消', SHIPPED: '合作社发货', RECEIVED: '确认收货',
  AUTO_CONFIRMED: '自动确认收货', REFUND_REQUESTED: '申请退款', REFUND_APPROVED: '商家同意退款', REFUND_REJECTED: '商家拒绝退款',
  REFUND_WITHDRAWN: '撤销退款申请', REFUND_FAILED: '退款失败', REFUNDED: '退款到账', STRAY_PAYMENT: '重复付款退回', STATUS_CHANGED: '状态变更',
};

export const ACTOR_LABELS: Record<string, string> = { BUYER: '买家', SUPPLIER: '合作社', OPERATOR: '平台', PAYMENT: '支付宝', SYSTEM: '系统' };

export const REFUND_REASONS_BEFORE = ['不想要了', '拍错了 / 规格选错', '地址填写有误', '迟迟未发货'];
export const REFUND_REASONS_AFTER = ['果品有碰伤或腐坏', '少件 / 漏发', '与描述不符', '收到商品破损'];

const dt = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
/** 2026/03/15 14:02, in Beijing time. */
export const formatTime = (iso: string | null | undefined): string => (iso ? dt.format(new Date(iso)) : '—');

/** The order number as it is read over the phone: 20260315 4821 0937. */
export const spacedOrderNo = (no: string): string => (/^\d{16}$/.test(no) ? `${no.slice(0, 8)} ${no.slice(8, 12)} ${no.slice(12)}` : no);
