import { ProcurementPurpose } from '../orders/procurement-order-status';
import { daysInYear, elapsedDays } from './quota-year';

/** The policy that applies to an agency for a year, as resolved (a stored version, or the built-in floor). */
export interface ResolvedPolicy {
  /** The stored version's id; null for the built-in national floor. */
  id: string | null;
  source: 'POLICY' | 'BUILT_IN_FLOOR';
  scopeCode: string;
  year: number;
  ratioBp: number;
  countsUnionWelfare: boolean;
  countsStaffPurchases: boolean;
  pairedCountiesOnly: boolean;
  basis: string;
  versionNo: number | null;
}

/** When no stored policy covers an agency's division and year, the national floor of 财库〔2021〕19号 applies. */
export const BUILT_IN_FLOOR = {
  ratioBp: 1000,
  countsUnionWelfare: false,
  countsStaffPurchases: false,
  pairedCountiesOnly: false,
  basis: '内置全国底线：各级预算单位预留不低于10%的年度食堂食材采购份额（财库〔2021〕19号）；未找到该地区、该年度的政策',
};

export interface DeclarationFacts {
  hasCanteen: boolean;
  annualAgriSpendFen: number;
}

/** Sums of accepted orders of one purpose (and one month, when grouped by month), from SQL. */
export interface PurposeSums {
  purpose: ProcurementPurpose;
  month?: number;
  /** Σ (acceptedFen − refundedFen). */
  countedFen: number;
  /** Σ max(acceptedPairedFen − refundedFen, 0): refunds come out of the paired part first. */
  pairedFen: number;
  orders: number;
}

/**
 * GREEN: met, or on track (the projection reaches the reserved amount); AMBER: the projection reaches
 * 80%; RED: below that. NO_QUOTA: declared, but no reserved amount (no canteen, or no spending);
 * UNDECLARED: no declaration for the year.
 */
export enum QuotaStatus {
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  RED = 'RED',
  NO_QUOTA = 'NO_QUOTA',
  UNDECLARED = 'UNDECLARED',
}

export const QUOTA_STATUS_LABELS: Record<QuotaStatus, string> = {
  GREEN: '达标/进度正常',
  AMBER: '需关注',
  RED: '滞后',
  NO_QUOTA: '无预留份额',
  UNDECLARED: '未申报',
};

/** AMBER from this share of the reserved amount (projected), in percent. */
export const AMBER_FROM_PERCENT = 80;

export function countedPurposes(p: Pick<ResolvedPolicy, 'countsUnionWelfare' | 'countsStaffPurchases'>): ProcurementPurpose[] {
  return [
    ProcurementPurpose.CANTEEN,
    ...(p.countsUnionWelfare ? [ProcurementPurpose.UNION_WELFARE] : []),
    ...(p.countsStaffPurchases ? [ProcurementPurpose.STAFF] : []),
  ];
}

/** annualAgriSpend × ratio, rounded half up to the fen (BigInt: national sums × basis points exceed 2^53). */
export function reservedOf(declaration: DeclarationFacts | null, ratioBp: number): number {
  if (!declaration || !declaration.hasCanteen) return 0;
  return Number((BigInt(declaration.annualAgriSpendFen) * BigInt(ratioBp) + 5000n) / 10000n);
}

export interface QuotaFigures {
  annualAgriSpendFen: number;
  ratio: number;
  ratioBp: number;
  reservedFen: number;
  purchasedFen: number;
  pairedFen: number;
  progress: number | null;
  projectionFen: number;
  status: QuotaStatus;
  countedOrderCount: number;
  byMonth: { month: number; purchasedFen: number; pairedFen: number }[];
  byPurpose: { purpose: ProcurementPurpose; counts: boolean; countedFen: number; pairedFen: number; orders: number }[];
}

/**
 * The quota of one agency for one year from its declaration, the policy and the grouped order sums.
 * purchased = Σ over the purposes the policy counts of the counted amount, or of the paired part when
 * the policy counts paired counties only. progress = purchased ÷ reserved (may pass 1), null when
 * nothing is reserved. projection = purchased ÷ elapsed days × days of the year for the current year
 * (Asia/Shanghai), purchased itself for a past (or future) year.
 */
export function computeQuota(input: { year: number; policy: ResolvedPolicy; declaration: DeclarationFacts | null; sums: PurposeSums[]; today?: string }): QuotaFigures {
  const { year, policy, declaration, sums } = input;
  const purposes = new Set(countedPurposes(policy));
  const counted = sums.filter((s) => purposes.has(s.purpose));
  const quotaPart = (s: PurposeSums) => (policy.pairedCountiesOnly ? s.pairedFen : s.countedFen);
  const purchasedFen = counted.reduce((n, s) => n + quotaPart(s), 0);
  const pairedFen = counted.reduce((n, s) => n + s.pairedFen, 0);
  const reservedFen = reservedOf(declaration, policy.ratioBp);
  const elapsed = elapsedDays(year, input.today);
  const days = daysInYear(year);
  const projectionFen = elapsed > 0 && elapsed < days ? Math.round((purchasedFen * days) / elapsed) : purchasedFen;
  const progress = reservedFen > 0 ? Math.round((purchasedFen / reservedFen) * 10000) / 10000 : null;
  const byMonth = Array.from({ length: 12 }, (_, i) => {
    const inMonth = counted.filter((s) => s.month === i + 1);
    return { month: i + 1, purchasedFen: inMonth.reduce((n, s) => n + quotaPart(s), 0), pairedFen: inMonth.reduce((n, s) => n + s.pairedFen, 0) };
  });
  const byPurpose = Object.values(ProcurementPurpose).map((purpose) => {
    const rows = sums.filter((s) => s.purpose === purpose);
    return {
      purpose,
      counts: purposes.has(purpose),
      countedFen: rows.reduce((n, s) => n + s.countedFen, 0),
      pairedFen: rows.reduce((n, s) => n + s.pairedFen, 0),
      orders: rows.reduce((n, s) => n + s.orders, 0),
    };
  });
  return {
    annualAgriSpendFen: declaration?.annualAgriSpendFen ?? 0,
    ratio: policy.ratioBp / 10000,
    ratioBp: policy.ratioBp,
    reservedFen,
    purchasedFen,
    pairedFen,
    progress,
    projectionFen,
    status: statusOf(declaration, reservedFen, purchasedFen, projectionFen),
    countedOrderCount: counted.reduce((n, s) => n + s.orders, 0),
    byMonth,
    byPurpose,
  };
}

export function statusOf(declaration: DeclarationFacts | null, reservedFen: number, purchasedFen: number, projectionFen: number): QuotaStatus {
  if (!declaration) return QuotaStatus.UNDECLARED;
  if (reservedFen <= 0) return QuotaStatus.NO_QUOTA;
  if (purchasedFen >= reservedFen || projectionFen >= reservedFen) return QuotaStatus.GREEN;
  if (projectionFen * 100 >= reservedFen * AMBER_FROM_PERCENT) return QuotaStatus.AMBER;
  return QuotaStatus.RED;
}
