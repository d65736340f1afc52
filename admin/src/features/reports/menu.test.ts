import { describe, expect, it } from 'vitest';
import { canAccess, menuFor, selectedKeys } from '../layout/menu';

describe('数据与监管 menu', () => {
  it('gives operators the console and closes it to others', () => {
    const group = menuFor(['OPERATOR']).find((e) => e.label === '数据与监管')!;
    expect(group.children!.map((c) => c.label)).toEqual(['数据看板', '帮扶成效', '追溯覆盖', '证书到期预警', '操作日志']);
    expect(menuFor(['SUPPLIER_STAFF']).some((e) => e.label === '数据与监管')).toBe(false);
    for (const path of ['/reports/dashboard', '/reports/results', '/reports/traceability/bases/x', '/reports/expiring', '/audit']) {
      expect(canAccess(path, ['OPERATOR'])).toBe(true);
      expect(canAccess(path, ['SUPPLIER_STAFF'])).toBe(false);
      expect(canAccess(path, ['AGENCY_MANAGER'])).toBe(false);
    }
  });

  it('highlights the entry of a drill-down page', () => {
    expect(selectedKeys('/reports/traceability/bases/x')).toEqual({ selected: ['/reports/traceability'], open: ['/reports'] });
    expect(selectedKeys('/audit')).toEqual({ selected: ['/audit'], open: ['/reports'] });
  });
});
