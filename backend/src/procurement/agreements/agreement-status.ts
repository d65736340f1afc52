import { defineStateMachine } from '../../common/state-machine';

/**
 * A direct-supply agreement (定向直供协议): the agency proposes products, prices and a period; the
 * supplier accepts or declines; either side may end an active agreement early (with a reason).
 * Expiry is not a state: an ACTIVE agreement whose validTo has passed is simply no longer usable
 * (no job has to flip it, and the date check is made wherever the agreement is used).
 */
export enum AgreementStatus {
  PROPOSED = 'PROPOSED',
  ACTIVE = 'ACTIVE',
  DECLINED = 'DECLINED',
  ENDED = 'ENDED',
}

export const AGREEMENT_STATUS_LABELS: Record<AgreementStatus, string> = {
  PROPOSED: '待供应商确认',
  ACTIVE: '生效中',
  DECLINED: '供应商已拒绝',
  ENDED: '已终止',
};

export const agreementStates = defineStateMachine<AgreementStatus>(
  {
    PROPOSED: [AgreementStatus.ACTIVE, AgreementStatus.DECLINED],
    ACTIVE: [AgreementStatus.ENDED],
    DECLINED: [],
    ENDED: [],
  },
  { subject: '定向直供协议', labels: AGREEMENT_STATUS_LABELS },
);

/** Which side ended an agreement early. */
export enum AgreementParty {
  AGENCY = 'AGENCY',
  SUPPLIER = 'SUPPLIER',
}
