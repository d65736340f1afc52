import { defineStateMachine } from '../common/state-machine';
import { SupplyBaseStatus } from './supply-base.entity';

const { PENDING, VERIFIED, REJECTED } = SupplyBaseStatus;

/** Operators verify or reject a pending base; an edit sends a verified or rejected base back to review. */
export const supplyBaseLifecycle = defineStateMachine<SupplyBaseStatus>(
  {
    PENDING: [VERIFIED, REJECTED, PENDING],
    VERIFIED: [PENDING],
    REJECTED: [PENDING],
  },
  { subject: '基地', labels: { PENDING: '待审核', VERIFIED: '已核验', REJECTED: '已驳回' } },
);
