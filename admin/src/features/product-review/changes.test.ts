import { describe, expect, it } from 'vitest';
import { changeRows } from './changes';

describe('changeRows', () => {
  it('shows SKU prices in yuan and keeps dots in the SKU spec', () => {
    const [row] = changeRows([{ field: 'skus.2.5kg 礼盒.priceFen', from: '5990', to: '6500' }]);
    expect(row).toMatchObject({ label: '规格「2.5kg 礼盒」· 价格', from: '59.90 元', to: '65.00 元' });
  });

  it('labels product fields and formats their values', () => {
    const rows = changeRows(
      [
        { field: 'name', from: '"百色芒果"', to: '"百色芒果（台农一号）"' },
        { field: 'saleMonths', from: '[6,7]', to: '[9,6,7,8]' },
        { field: 'category', from: '"FRUIT"', to: '"DRIED"' },
        { field: 'coldChain', from: 'false', to: 'true' },
        { field: 'originCountyCode', from: '"451022"', to: '"451024"' },
      ],
      { countyName: (c) => (c === '451022' ? '田东县' : undefined) },
    );
    expect(rows.map((r) => [r.label, r.from, r.to])).toEqual([
      ['商品名称', '百色芒果', '百色芒果（台农一号）'],
      ['销售月份', '6、7月', '6、7、8、9月'],
      ['类目', '水果', '干货山珍'],
      ['冷链配送', '否', '是'],
      ['产地县', '田东县（451022）', '451024'],
    ]);
  });

  it('shows a new certificate as an addition', () => {
    const [row] = changeRows([{ field: 'certifications', from: '', to: '"圳品 SZ-1（2026-01-01～2027-12-31）"' }]);
    expect(row).toMatchObject({ label: '新增证书', from: '—', to: '圳品 SZ-1（2026-01-01～2027-12-31）' });
  });
});
