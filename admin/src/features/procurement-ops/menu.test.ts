import { describe, expect, it } from 'vitest';
import { canAccess, menuFor } from '../layout/menu';

describe('采购与份额 menu group', () => {
  it('is for operators only', () => {
    const group = menuFor(['OPERATOR']).find((e) => e.path === '/procurement-ops');
    expect(group?.label).toBe('采购与份额');
    expect(group?.children?.map((c) => c.label)).toEqual(['份额监测', '填报情况', '份额政策', '采购订单', '定向直供协议']);
    for (const path of ['/procurement-ops/quota', '/procurement-ops/policies', '/procurement-ops/orders']) {
      expect(canAccess(path, ['OPERATOR'])).toBe(true);
      expect(canAccess(path, ['AGENCY_MANAGER'])).toBe(false);
      expect(canAccess(path, ['SUPPLIER_STAFF'])).toBe(false);
    }
  });
});
