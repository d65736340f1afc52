/** Colours and names for procurement enums (the API also sends statusLabel; these fill the rest). */
type Tagged = { label: string; color?: string };

export const PROCUREMENT_STATUS: Record<string, Tagged> = {
  PENDING_APPROVAL: { label: '待审批', color: 'gold' },
  REJECTED: { label: '审批驳回', color: 'red' },
  PENDING_CONFIRMATION: { label: '待供应商确认', color: 'orange' },
  CONFIRMED: { label: '已确认', color: 'blue' },
  SHIPPED: { label: '已发货', color: 'cyan' },
  ACCEPTED: { label: '已验收', color: 'green' },
  COMPLETED: { label: '已完成', color: 'green' },
  CANCELLED: { label: '已取消', color: 'default' },
};

export const INVOICE_STATUS: Record<string, Tagged> = {
  NONE: { label: '未开票' },
  SUBMITTED: { label: '待验票', color: 'gold' },
  VERIFIED: { label: '已验票', color: 'green' },
  REJECTED: { label: '发票被驳回', color: 'red' },
};

export const PAYMENT_STATUS: Record<string, Tagged> = {
  UNPAID: { label: '未付款' },
  TRANSFER_DECLARED: { label: '已转账待确认', color: 'gold' },
  PAID: { label: '已付款', color: 'green' },
};

export const PAYMENT_METHOD_LABELS: Record<string, string> = { BANK_TRANSFER: '对公转账', ALIPAY: '支付宝' };

export const PURPOSE_LABELS: Record<string, string> = { CANTEEN: '食堂采购', UNION_WELFARE: '工会福利', STAFF: '职工自购' };

export const EVENT_LABELS: Record<string, string> = {
  SUBMITTED: '提交订单',
  APPROVED: '审批通过',
  REJECTED: '审批驳回',
  CANCELLED: '取消订单',
  AUTO_CANCELLED: '超时未确认，自动取消',
  DECLINED: '供应商拒单',
  CONFIRMED: '供应商确认',
  SHIPPED: '发货',
  ACCEPTED: '验收',
  INVOICE_SUBMITTED: '提交发票',
  INVOICE_VERIFIED: '验票通过',
  INVOICE_REJECTED: '发票驳回',
  TRANSFER_DECLARED: '登记对公转账',
  PAID: '确认收款',
  REFUNDED: '退款',
  COMPLETED: '订单完成',
};

/** Quota status colours; the text is the API's statusLabel. */
export const QUOTA_STATUS_COLORS: Record<string, string> = { GREEN: 'green', AMBER: 'gold', RED: 'red', NO_QUOTA: 'default', UNDECLARED: 'purple' };

export const CANTEEN_KIND_LABELS: Record<string, string> = { OWN: '自有', SHARED: '共用', OUTSOURCED: '外包' };

export const APPROVAL_MODE_LABELS: Record<string, string> = { ALWAYS: '总是审批', ABOVE_AMOUNT: '超过金额审批', NEVER: '不需要审批' };

export const AGREEMENT_STATUS: Record<string, Tagged> = {
  PROPOSED: { label: '待供应商确认', color: 'gold' },
  ACTIVE: { label: '生效中', color: 'green' },
  DECLINED: { label: '供应商已拒绝', color: 'red' },
  ENDED: { label: '已终止', color: 'default' },
};

export const MEMBER_ROLE_LABELS: Record<string, string> = { CANTEEN_BUYER: '采购员', AGENCY_APPROVER: '审批人', AGENCY_MANAGER: '单位管理员' };

export const WEEKDAY_LABELS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];
