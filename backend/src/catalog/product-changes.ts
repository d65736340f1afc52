import { Certification, CERTIFICATION_LABELS } from './certification.entity';
import { Product, ProductChanges, SkuChanges } from './product.entity';
import { Sku } from './sku.entity';
import { FieldChange } from './views';

const PRODUCT_FIELDS = ['name', 'category', 'description', 'images', 'originCountyCode', 'supplyBaseId', 'storage', 'coldChain', 'saleMonths'] as const;
const SKU_FIELDS = ['spec', 'unit', 'netWeightGrams', 'priceFen', 'agencyMinQty', 'enabled'] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Folds an edit into the pending changes, dropping fields that end up equal to the live value. */
export function mergeProductChanges(product: Product, pending: ProductChanges | null, edit: Partial<Omit<ProductChanges, 'skus'>>): ProductChanges {
  const next: ProductChanges = { ...(pending ?? {}) };
  for (const f of PRODUCT_FIELDS) {
    if (!(f in edit) || edit[f] === undefined) continue;
    if (same(edit[f], product[f])) delete next[f];
    else (next as Record<string, unknown>)[f] = edit[f];
  }
  return next;
}

export function mergeSkuChanges(sku: Sku, pending: ProductChanges | null, edit: SkuChanges): ProductChanges {
  const next: ProductChanges = { ...(pending ?? {}), skus: { ...(pending?.skus ?? {}) } };
  const own: SkuChanges = { ...(next.skus![sku.id] ?? {}) };
  for (const f of SKU_FIELDS) {
    if (edit[f] === undefined) continue;
    if (same(edit[f], sku[f])) delete own[f];
    else (own as Record<string, unknown>)[f] = edit[f];
  }
  if (Object.keys(own).length) next.skus![sku.id] = own;
  else delete next.skus![sku.id];
  if (!Object.keys(next.skus!).length) delete next.skus;
  return next;
}

export const hasChanges = (c: ProductChanges | null): boolean => !!c && Object.keys(c).length > 0;

/** The product's content as it would be after the pending changes (for validation and preview). */
export function withChanges(product: Product, changes: ProductChanges | null): Product {
  const { skus: _skus, ...fields } = changes ?? {};
  return Object.assign(Object.create(Object.getPrototypeOf(product)), product, fields);
}

/** What an operator reviews: each changed field, live value → proposed value, plus new certificates. */
export function describeChanges(product: Product, skus: Sku[], changes: ProductChanges | null, pendingCerts: Certification[]): FieldChange[] {
  const out: FieldChange[] = [];
  const show = (v: unknown) => (v === undefined ? '' : JSON.stringify(v));
  for (const f of PRODUCT_FIELDS) {
    if (changes && f in changes) out.push({ field: f, from: show(product[f]), to: show(changes[f]) });
  }
  for (const [skuId, c] of Object.entries(changes?.skus ?? {})) {
    const sku = skus.find((s) => s.id === skuId);
    for (const f of SKU_FIELDS) {
      if (c[f] !== undefined) out.push({ field: `skus.${sku?.spec ?? skuId}.${f}`, from: show(sku?.[f]), to: show(c[f]) });
    }
  }
  for (const cert of pendingCerts) {
    out.push({ field: 'certifications', from: '', to: show(`${CERTIFICATION_LABELS[cert.type]} ${cert.number}（${cert.validFrom}～${cert.validTo}）`) });
  }
  return out;
}

/** Applies approved changes to the live columns of the product and its SKUs. */
export function applyChanges(product: Product, skus: Sku[], changes: ProductChanges): Sku[] {
  const { skus: skuChanges, ...fields } = changes;
  Object.assign(product, fields);
  const touched: Sku[] = [];
  for (const [skuId, c] of Object.entries(skuChanges ?? {})) {
    const sku = skus.find((s) => s.id === skuId);
    if (!sku) continue;
    Object.assign(sku, c);
    touched.push(sku);
  }
  return touched;
}
