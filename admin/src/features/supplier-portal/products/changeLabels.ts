import { CATEGORY, STORAGE } from '../shared/labels';
import { formatYuan } from '../shared/money';
import { parseJson } from './productForm';

const FIELD_LABELS: Record<string, string> = {
  name: '商品名称', category: '品类', description: '商品介绍', images: '商品图片', originCountyCode: '产地县', supplyBaseId: '生产基地',
  storage: '储存条件', coldChain: '冷链运输', saleMonths: '销售月份', certifications: '新增证书',
};
const SKU_FIELD_LABELS: Record<string, string> = {
  spec: '规格名称', unit: '单位', netWeightGrams: '净含量', priceFen: '价格', agencyMinQty: '单位起订量', enabled: '在售',
};

/** "skus.5斤装.priceFen" → 规格「5斤装」价格. The spec name itself may contain dots. */
export function changeFieldLabel(field: string): string {
  if (field.startsWith('skus.')) {
    const rest = field.slice(5);
    const i = rest.lastIndexOf('.');
    const spec = rest.slice(0, i);
    const f = rest.slice(i + 1);
    return `规格「${spec}」${SKU_FIELD_LABELS[f] ?? f}`;
  }
  return FIELD_LABELS[field] ?? field;
}

/** A value of the diff (JSON text) as a reader understands it. */
export function changeValueText(field: string, json: string, names: { base?: (id: string) => string | undefined } = {}): string {
  const v = parseJson(json);
  if (v === undefined || v === null || v === '') return '—';
  const f = field.slice(field.lastIndexOf('.') + 1);
  if (f === 'priceFen' && typeof v === 'number') return formatYuan(v);
  if (f === 'netWeightGrams' && typeof v === 'number') return `${v} 克`;
  if (f === 'category') return CATEGORY[String(v)] ?? String(v);
  if (f === 'storage') return STORAGE[String(v)] ?? String(v);
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (f === 'images' && Array.isArray(v)) return `${v.length} 张图片`;
  if (f === 'saleMonths' && Array.isArray(v)) return v.map((m) => `${m}月`).join('、');
  if (f === 'supplyBaseId') return names.base?.(String(v)) ?? String(v);
  return typeof v === 'string' ? v : JSON.stringify(v);
}
