/** Chinese names of the procurement enums, as the backend's transition tables name them. */
export type Tone = 'wait' | 'ok' | 'done' | 'off';

export const PROCUREMENT_STATUS: Record<string, { label: string; tone: Tone }> = {
  PENDING_APPROVAL: { label: '待审批', tone: 'wait' },
  REJECTED: { label: '审批驳回', tone: 'off' },
  PENDING_CONFIRMATION: { label: '待供应商确认', tone: 'wait' },
  CONFIRMED: { label: '已确认 · 待发货', tone: 'ok' },
  SHIPPED: { label: '已发货 · 待验收', tone: 'wait' },
  ACCEPTED: { label: '已验收', tone: 'ok' },
  COMPLETED: { label: '已完成', tone: 'done' },
  CANCELLED: { label: '已取消', tone: 'off' },
};

export const PURPOSES = [
  { value: 'CANTEEN', label: '食堂采购' },
  { value: 'UNION_WELFARE', label: '工会福利' },
  { value: 'STAFF', label: '职工自购' },
] as const;

export const PURPOSE_LABELS: Record<string, string> = Object.fromEntries(PURPOSES.map((p) => [p.value, p.label]));

export const INVOICE_STATUS: Record<string, string> = { NONE: '未开票', SUBMITTED: '待验票', VERIFIED: '已验票', REJECTED: '已退回，待供应商重开' };

export const PAYMENT_STATUS: Record<string, string> = { UNPAID: '未付款', TRANSFER_DECLARED: '已登记对公转账，待供应商确认收款', PAID: '已付款' };

export const PAYMENT_METHOD: Record<string, string> = { BANK_TRANSFER: '对公转账', ALIPAY: '支付宝' };

export const EVENT_LABELS: Record<string, string> = {
  SUBMITTED: '提交采购单', APPROVED: '审批通过', REJECTED: '审批驳回', CANCELLED: '取消', AUTO_CANCELLED: '超时未确认，自动取消', DECLINED: '供应商拒单',
  CONFIRMED: '供应商确认', SHIPPED: '供应商发货', ACCEPTED: '验收', INVOICE_SUBMITTED: '供应商开票', INVOICE_VERIFIED: '验票通过',
  INVOICE_REJECTED: '发票退回', TRANSFER_DECLARED: '登记对公转账', PAID: '付款到账', REFUNDED: '退款', COMPLETED: '订单完成',
};

export const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];

const dt = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
/** 2026/03/15 14:02, in Beijing time. */
export const formatTime = (iso: string | null | undefined): string => (iso ? dt.format(new Date(iso)) : '—');

const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
/** Today's business date (Asia/Shanghai), YYYY-MM-DD. */
export const shanghaiToday = (now = new Date()): string => day.format(now);

export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The delivery dates the server takes: tomorrow to 90 days ahead (Beijing time). */
export const MAX_DELIVERY_DAYS_AHEAD = 90;
export function deliveryWindow(now = new Date()): { min: string; max: string } {
  const today = shanghaiToday(now);
  return { min: addDays(today, 1), max: addDays(today, MAX_DELIVERY_DAYS_AHEAD) };
}

export const percent = (ratio: number | null | undefined): string => (ratio == null ? '—' : `${(ratio * 100).toFixed(1)}%`);
