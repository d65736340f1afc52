import { fenToYuan } from '../../lib/money';
import { CATEGORY_LABELS, monthsText, STORAGE_LABELS } from '../review/labels';

export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

export interface ChangeRow {
  key: string;
  /** e.g. 「商品名称」 or 「规格 5斤装 · 价格」 */
  label: string;
  from: string;
  to: string;
}

export interface ChangeContext {
  countyName?: (code: string) => string | undefined;
  baseName?: (id: string) => string | undefined;
}

const PRODUCT_FIELDS: Record<string, string> = {
  name: '商品名称',
  category: '类目',
  description: '商品描述',
  images: '商品图片',
  originCountyCode: '产地县',
  supplyBaseId: '供应基地',
  storage: '储存条件',
  coldChain: '冷链配送',
  saleMonths: '销售月份',
  certifications: '新增证书',
};

const SKU_FIELDS: Record<string, string> = {
  spec: '规格名称',
  unit: '单位',
  netWeightGrams: '净含量',
  priceFen: '价格',
  agencyMinQty: '单位起订量',
  enabled: '在售',
};

function parse(json: string): unknown {
  if (json === '') return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
}

function show(field: string, value: unknown, ctx: ChangeContext): string {
  if (value === undefined || value === null || value === '') return '—';
  switch (field) {
    case 'priceFen':
      return typeof value === 'number' ? `${fenToYuan(value)} 元` : String(value);
    case 'netWeightGrams':
      return `${value} 克`;
    case 'category':
      return CATEGORY_LABELS[String(value)] ?? String(value);
    case 'storage':
      return STORAGE_LABELS[String(value)] ?? String(value);
    case 'coldChain':
    case 'enabled':
      return value ? '是' : '否';
    case 'saleMonths':
      return Array.isArray(value) ? monthsText(value as number[]) : String(value);
    case 'images':
      return Array.isArray(value) ? `${value.length} 张` : String(value);
    case 'originCountyCode':
      return ctx.countyName?.(String(value)) ? `${ctx.countyName(String(value))}（${value}）` : String(value);
    case 'supplyBaseId':
      return ctx.baseName?.(String(value)) ?? String(value);
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/**
 * Turns the API's diff (`name`, `skus.<spec>.priceFen`, `certifications`, values as JSON) into rows
 * an operator reads: Chinese field names, prices in 元, months, yes/no.
 */
export function changeRows(changes: FieldChange[], ctx: ChangeContext = {}): ChangeRow[] {
  return changes.map((c, i) => {
    if (c.field.startsWith('skus.')) {
      const rest = c.field.slice('skus.'.length);
      const dot = rest.lastIndexOf('.');
      const spec = rest.slice(0, dot);
      const field = rest.slice(dot + 1);
      return {
        key: `${i}`,
        label: `规格「${spec}」· ${SKU_FIELDS[field] ?? field}`,
        from: show(field, parse(c.from), ctx),
        to: show(field, parse(c.to), ctx),
      };
    }
    return {
      key: `${i}`,
      label: PRODUCT_FIELDS[c.field] ?? c.field,
      from: show(c.field, parse(c.from), ctx),
      to: show(c.field, parse(c.to), ctx),
    };
  });
}
