import { describe, expect, it } from 'vitest';
import type { ManagedProduct } from './api';
import { changeFieldLabel, changeValueText } from './changeLabels';
import { changedContent, contentFromProduct, toCreateBody, type ContentValues } from './productForm';

const content: ContentValues = {
  name: '百色芒果', category: 'FRUIT', description: '香甜', images: ['a'], originCountyCode: '451022', supplyBaseId: null,
  storage: 'ROOM', coldChain: false, saleMonths: [6, 7],
};

describe('toCreateBody', () => {
  it('sends prices in fen and leaves out an empty base', () => {
    const body = toCreateBody({ ...content, skus: [{ spec: '5斤装', unit: '箱', netWeightGrams: 2500, priceYuan: '59.9', stock: 10, agencyMinQty: 1 }] });
    expect(body.skus[0]!.priceFen).toBe(5990);
    expect('supplyBaseId' in body).toBe(false);
  });
});

describe('changedContent', () => {
  it('sends only the fields that changed', () => {
    expect(changedContent(content, { ...content, name: ' 百色芒果（大果） ', saleMonths: [7, 6, 8] })).toEqual({ name: '百色芒果（大果）', saleMonths: [6, 7, 8] });
    expect(changedContent(content, { ...content })).toEqual({});
    expect(changedContent(content, { ...content, supplyBaseId: 'b1' })).toEqual({ supplyBaseId: 'b1' });
  });
});

describe('contentFromProduct', () => {
  it('shows pending changes of an approved product', () => {
    const p = {
      ...content, county: { code: '451022', name: '田东县' }, supplyBaseId: null,
      changes: [{ field: 'name', from: '"百色芒果"', to: '"百色大芒果"' }, { field: 'skus.5斤装.priceFen', from: '5990', to: '6990' }],
    } as unknown as ManagedProduct;
    expect(contentFromProduct(p)).toMatchObject({ name: '百色大芒果', originCountyCode: '451022' });
  });
});

describe('change labels', () => {
  it('reads SKU changes and formats values', () => {
    expect(changeFieldLabel('skus.5斤装 精品.中果.priceFen')).toBe('规格「5斤装 精品.中果」价格');
    expect(changeFieldLabel('name')).toBe('商品名称');
    expect(changeValueText('skus.x.priceFen', '6990')).toBe('¥69.90');
    expect(changeValueText('saleMonths', '[6,7]')).toBe('6月、7月');
    expect(changeValueText('coldChain', 'true')).toBe('是');
    expect(changeValueText('certifications', '')).toBe('—');
    expect(changeValueText('certifications', '"圳品 X1（2026-01-01～2027-01-01）"')).toBe('圳品 X1（2026-01-01～2027-01-01）');
  });
});
