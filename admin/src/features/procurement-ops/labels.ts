/** Chinese names and tag colours of the procurement and quota enums (admin only). */
type Tagged = { label: string; color?: string };

export const QUOTA_STATUS: Record<string, Tagged> = {
  GREEN: { label: '达标/进度正常', color: 'green' },
  AMBER: { label: '需关注', color: 'gold' },
  RED: { label: '滞后', color: 'red' },
  NO_QUOTA: { label: '无预留份额', color: 'default' },
  UNDECLARED: { label: '未申报', color: 'purple' },
};

export const AGENCY_LEVEL_LABELS: Record<string, string> = { PROVINCE: '省级', CITY: '市级', DISTRICT: '区级', STREET: '街道' };

export const CANTEEN_KIND_LABELS: Record<string, string> = { OWN: '自办', SHARED: '共用', OUTSOURCED: '外包' };

export const PURPOSE_LABELS: Record<string, string> = { CANTEEN: '食堂采购', UNION_WELFARE: '工会福利', STAFF: '职工自购' };

export const PROCUREMENT_STATUS: Record<string, Tagged> = {
  PENDING_APPROVAL: { label: '待审批', color: 'gold' },
  REJECTED: { label: '审批驳回', color: 'red' },
  PENDING_CONFIRMATION: { label: '待供应商确认', color: 'gold' },
  CONFIRMED: { label: '已确认', color: 'blue' },
  SHIPPED: { label: '已发货', color: 'cyan' },
  ACCEPTED: { label: '已验收', color: 'green' },
  COMPLETED: { label: '已完成', color: 'green' },
  CANCELLED: { label: '已取消' },
};

export const PAYMENT_STATUS: Record<string, Tagged> = {
  UNPAID: { label: '未付款' },
  TRANSFER_DECLARED: { label: '已申报转账待确认', color: 'gold' },
  PAID: { label: '已付款', color: 'green' },
};

export const PAYMENT_METHOD_LABELS: Record<string, string> = { BANK_TRANSFER: '对公转账', ALIPAY: '支付宝' };

export const INVOICE_STATUS: Record<string, Tagged> = {
  NONE: { label: '未开票' },
  SUBMITTED: { label: '待验票', color: 'gold' },
  VERIFIED: { label: '已验票', color: 'green' },
  REJECTED: { label: '发票被退回', color: 'red' },
};

export const REFUND_STATUS: Record<string, Tagged> = {
  PENDING: { label: '处理中', color: 'gold' },
  SUCCEEDED: { label: '已退款', color: 'green' },
  FAILED: { label: '失败', color: 'red' },
};

export const AGREEMENT_STATUS: Record<string, Tagged> = {
  PROPOSED: { label: '待供应商确认', color: 'gold' },
  ACTIVE: { label: '生效中', color: 'green' },
  DECLINED: { label: '供应商已拒绝', color: 'red' },
  ENDED: { label: '已终止' },
};

export const REMINDER_RESULT_LABELS: Record<string, string> = { SENT: '已发送', ALREADY_FILED: '已申报，未发送', UNKNOWN_AGENCY: '单位不存在，未发送' };

export const EVENT_LABELS: Record<string, string> = {
  SUBMITTED: '提交', APPROVED: '审批通过', REJECTED: '审批驳回', CONFIRMED: '供应商确认', SHIPPED: '发货', ACCEPTED: '验收',
  COMPLETED: '完成', CANCELLED: '取消', AUTO_CANCELLED: '超时自动取消', DECLINED: '供应商拒绝', INVOICE_SUBMITTED: '提交发票', INVOICE_VERIFIED: '验票通过', INVOICE_REJECTED: '发票退回',
  TRANSFER_DECLARED: '申报对公转账', PAID: '付款', REFUNDED: '退款',
};

/** 0.3 → "30%", 1.254 → "125.4%" */
export const percent = (ratio: number | null | undefined): string =>
  ratio == null ? '—' : `${Math.round(ratio * 1000) / 10}%`;

/** Basis points (3000) → "30%" */
export const bpPercent = (bp: number): string => `${bp / 100}%`;
