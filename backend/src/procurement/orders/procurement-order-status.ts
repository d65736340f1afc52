import { defineStateMachine } from '../../common/state-machine';

/**
 * A canteen's procurement order (采购订单), as practised on the 832 platform: the buyer submits, an
 * approver of the same agency approves (when the agency's rule asks), the supplier confirms in time
 * (or it is cancelled), ships, the buyer accepts (验收) what arrived; invoice (验票) and payment
 * follow acceptance. Only the accepted amount counts toward the agency's quota.
 */
export enum ProcurementOrderStatus {
  PENDING_APPROVAL = 'PENDING_APPROVAL',
  REJECTED = 'REJECTED',
  PENDING_CONFIRMATION = 'PENDING_CONFIRMATION',
  CONFIRMED = 'CONFIRMED',
  SHIPPED = 'SHIPPED',
  ACCEPTED = 'ACCEPTED',
  /** Accepted, invoice checked and paid: nothing left to do. */
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

export const PROCUREMENT_STATUS_LABELS: Record<ProcurementOrderStatus, string> = {
  PENDING_APPROVAL: '待审批',
  REJECTED: '审批驳回',
  PENDING_CONFIRMATION: '待供应商确认',
  CONFIRMED: '已确认',
  SHIPPED: '已发货',
  ACCEPTED: '已验收',
  COMPLETED: '已完成',
  CANCELLED: '已取消',
};

export const procurementOrderStates = defineStateMachine<ProcurementOrderStatus>(
  {
    PENDING_APPROVAL: [ProcurementOrderStatus.PENDING_CONFIRMATION, ProcurementOrderStatus.REJECTED, ProcurementOrderStatus.CANCELLED],
    REJECTED: [],
    PENDING_CONFIRMATION: [ProcurementOrderStatus.CONFIRMED, ProcurementOrderStatus.CANCELLED],
    CONFIRMED: [ProcurementOrderStatus.SHIPPED, ProcurementOrderStatus.CANCELLED],
    SHIPPED: [ProcurementOrderStatus.ACCEPTED],
    ACCEPTED: [ProcurementOrderStatus.COMPLETED],
    COMPLETED: [],
    CANCELLED: [],
  },
  { subject: '采购订单', labels: PROCUREMENT_STATUS_LABELS },
);

/** What the purchase was for; the quota policy says which purposes count toward the agency. */
export enum ProcurementPurpose {
  /** 食堂采购 — always counts. */
  CANTEEN = 'CANTEEN',
  /** 工会福利采购 — counts when the policy says so (it does in Guangdong/Shenzhen). */
  UNION_WELFARE = 'UNION_WELFARE',
  /** 职工自购（单位组织）— counts only in schemes that include staff purchases. */
  STAFF = 'STAFF',
}

export enum InvoiceStatus {
  NONE = 'NONE',
  SUBMITTED = 'SUBMITTED',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
}

export enum ProcurementPaymentStatus {
  UNPAID = 'UNPAID',
  /** The buyer says a bank transfer (对公转账) left; the supplier or an operator confirms receipt. */
  TRANSFER_DECLARED = 'TRANSFER_DECLARED',
  PAID = 'PAID',
}

export enum ProcurementPaymentMethod {
  BANK_TRANSFER = 'BANK_TRANSFER',
  ALIPAY = 'ALIPAY',
}
