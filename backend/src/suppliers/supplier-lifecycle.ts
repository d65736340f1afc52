import { defineStateMachine } from '../common/state-machine';
import { SupplierAction } from './supplier-decision.entity';
import { SupplierStatus } from './supplier.entity';

const { PENDING, APPROVED, REJECTED, SUSPENDED } = SupplierStatus;

export const SUPPLIER_STATUS_LABELS: Record<SupplierStatus, string> = {
  PENDING: '待审核',
  APPROVED: '已准入',
  REJECTED: '已驳回',
  SUSPENDED: '已暂停',
};

/** Which status may follow which. PENDING → PENDING is a correction of a pending application. */
export const supplierLifecycle = defineStateMachine<SupplierStatus>(
  {
    PENDING: [APPROVED, REJECTED, PENDING],
    REJECTED: [PENDING],
    APPROVED: [SUSPENDED],
    SUSPENDED: [APPROVED],
  },
  { subject: '供应商', labels: SUPPLIER_STATUS_LABELS },
);

/**
 * Each action names its own start states too: APPROVE and REINSTATE both lead to APPROVED, but
 * approving a suspended supplier or "reinstating" a pending application is refused.
 */
export type ReviewAction = Exclude<`${SupplierAction}`, 'SUBMIT' | 'ADMIT'>;

export const SUPPLIER_ACTIONS: Record<ReviewAction, { from: SupplierStatus[]; to: SupplierStatus }> = {
  RESUBMIT: { from: [PENDING, REJECTED], to: PENDING },
  APPROVE: { from: [PENDING], to: APPROVED },
  REJECT: { from: [PENDING], to: REJECTED },
  SUSPEND: { from: [APPROVED], to: SUSPENDED },
  REINSTATE: { from: [SUSPENDED], to: APPROVED },
};


const ACTION_LABELS: Record<ReviewAction, string> = { RESUBMIT: '修改并重新提交', APPROVE: '准入', REJECT: '驳回', SUSPEND: '暂停', REINSTATE: '恢复' };

/** The status an action leads to from `from`, or AppError 409 INVALID_TRANSITION. */
export function targetOf(action: ReviewAction, from: SupplierStatus): SupplierStatus {
  const spec = SUPPLIER_ACTIONS[action];
  if (!spec.from.includes(from)) {
    throw supplierLifecycle.error(from, spec.to, `供应商当前为「${SUPPLIER_STATUS_LABELS[from] ?? from}」，不能${ACTION_LABELS[action]}`);
  }
  supplierLifecycle.assertTransition(from, spec.to);
  return spec.to;
}
