import { fenToYuan, yuanToFen } from '../shared/money';
import type { CreateProductBody, ManagedProduct, SkuBody, UpdateProductBody } from './api';

export interface SkuValues {
  spec: string;
  unit: string;
  netWeightGrams: number;
  /** Price in 元 as typed (string mode), converted to fen only when sent. */
  priceYuan: string;
  stock: number;
  agencyMinQty: number;
}

export type ContentValues = Required<Omit<UpdateProductBody, 'supplyBaseId'>> & { supplyBaseId: string | null };
export interface ProductValues extends ContentValues {
  skus: SkuValues[];
}

const CONTENT_FIELDS = ['name', 'category', 'description', 'images', 'originCountyCode', 'supplyBaseId', 'storage', 'coldChain', 'saleMonths'] as const;

export const emptySku: Partial<SkuValues> = { unit: '箱', stock: 0, agencyMinQty: 1 };

export function toSkuBody(v: SkuValues): SkuBody {
  const priceFen = yuanToFen(v.priceYuan);
  if (priceFen === null) throw new Error(`invalid price ${v.priceYuan}`); // the form's validator refuses it first
  return { spec: v.spec.trim(), unit: v.unit.trim(), netWeightGrams: v.netWeightGrams, priceFen, stock: v.stock, agencyMinQty: v.agencyMinQty };
}

export function toCreateBody({ skus, supplyBaseId, ...content }: ProductValues): CreateProductBody {
  const { supplyBaseId: _none, ...trimmed } = trimContent({ ...content, supplyBaseId: null });
  return { ...trimmed, ...(supplyBaseId ? { supplyBaseId } : {}), skus: skus.map(toSkuBody) };
}

function trimContent(v: ContentValues): ContentValues {
  return { ...v, name: v.name.trim(), description: v.description.trim(), saleMonths: [...v.saleMonths].sort((a, b) => a - b) };
}

/** The content as the supplier last proposed it: the live values with pending changes laid over. */
export function contentFromProduct(p: ManagedProduct): ContentValues {
  const content: ContentValues = {
    name: p.name, category: p.category, description: p.description, images: p.images, originCountyCode: p.county.code,
    supplyBaseId: p.supplyBaseId, storage: p.storage, coldChain: p.coldChain, saleMonths: p.saleMonths,
  };
  for (const c of p.changes) {
    if ((CONTENT_FIELDS as readonly string[]).includes(c.field)) (content as Record<string, unknown>)[c.field] = parseJson(c.to);
  }
  return content;
}

/**
 * Only what the user changed: sending an untouched field equal to the live value would cancel a
 * pending change of that field on an approved product.
 */
export function changedContent(before: ContentValues, after: ContentValues): UpdateProductBody {
  const next = trimContent(after);
  const out: Record<string, unknown> = {};
  for (const f of CONTENT_FIELDS) {
    const a = before[f] ?? null;
    const b = next[f] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) out[f] = b;
  }
  return out as UpdateProductBody;
}

export const skuPriceYuan = (fen: number) => fenToYuan(fen);

export function parseJson(s: string): unknown {
  try {
    return s === '' ? undefined : JSON.parse(s);
  } catch {
    return s;
  }
}
