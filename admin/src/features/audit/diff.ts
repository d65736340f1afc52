/** One field of an audit line's before/after, for the side-by-side view. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields of `before` and `after`, changed ones first (in the order they appear), then the
 * unchanged ones for context. A field missing on one side counts as changed.
 */
export function fieldChanges(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  const b = before ?? {};
  const a = after ?? {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const rows = fields.map((field) => ({
    field,
    before: b[field],
    after: a[field],
    changed: !(field in b && field in a && same(b[field], a[field])),
  }));
  return [...rows.filter((r) => r.changed), ...rows.filter((r) => !r.changed)];
}

/** A field value as text: strings as they are, the rest as compact JSON; absent as —. */
export function showValue(v: unknown): string {
  if (v === undefined) return '—';
  if (v === null) return '空';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

/** Chinese names of the fields audit lines commonly carry; others show their code only. */
export const FIELD_LABELS: Record<string, string> = {
  status: '状态',
  priceFen: '价格（分）',
  originalPriceFen: '原价（分）',
  stock: '库存',
  amountFen: '金额（分）',
  totalFen: '合计（分）',
  validFrom: '起始日期',
  validTo: '截止日期',
  endedReason: '终止原因',
  reason: '原因',
  roles: '角色',
  enabled: '启用',
  ratio: '比例',
  note: '备注',
  name: '名称',
};
