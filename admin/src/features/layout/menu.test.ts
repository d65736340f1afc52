import { describe, expect, it } from 'vitest';
import { canAccess, menuFor, selectedKeys } from './menu';

const labels = (roles: string[]) => menuFor(roles).map((e) => e.label);

describe('menuFor', () => {
  it('gives operators the pairing and account pages', () => {
    expect(labels(['OPERATOR'])).toEqual(expect.arrayContaining(['工作台', '结对关系', '账号管理']));
    expect(menuFor(['OPERATOR']).find((e) => e.path === '/accounts')!.children!.map((c) => c.label)).toEqual(['预算单位', '供应商', '用户']);
  });

  it('shows agency staff the dashboard and 单位采购', () => {
    expect(labels(['AGENCY_APPROVER', 'CANTEEN_BUYER'])).toEqual(['工作台', '单位采购']);
  });

  it('combines roles', () => {
    expect(labels(['SUPPLIER_STAFF', 'OPERATOR'])).toContain('结对关系');
  });
});

describe('operator review and catalog pages', () => {
  it('are in the operator menu and closed to others', () => {
    const op = menuFor(['OPERATOR']);
    expect(op.find((e) => e.path === '/review')!.children!.map((c) => c.label)).toEqual(['供应商准入', '商品审核', '基地审核']);
    expect(op.find((e) => e.path === '/catalog')!.children!.map((c) => c.label)).toEqual(['商品管理', '专区管理']);
    for (const path of ['/review/suppliers', '/review/products', '/review/bases', '/catalog/products', '/catalog/zones']) {
      expect(canAccess(path, ['OPERATOR'])).toBe(true);
      expect(canAccess(path, ['SUPPLIER_STAFF'])).toBe(false);
    }
  });
});

describe('supplier portal', () => {
  it('is the 供应商中心 group, for supplier staff only, including nested pages', () => {
    expect(labels(['SUPPLIER_STAFF'])).toEqual(['工作台', '供应商中心']);
    expect(menuFor(['SUPPLIER_STAFF'])[1]!.children!.map((c) => c.label)).toEqual(['企业资料', '生产基地', '商品管理', '批次追溯', '单位采购订单', '定向直供协议']);
    for (const path of ['/supplier/profile', '/supplier/products/new', '/supplier/products/abc/edit', '/supplier/batches/abc']) {
      expect(canAccess(path, ['SUPPLIER_STAFF'])).toBe(true);
      expect(canAccess(path, ['OPERATOR'])).toBe(false);
      expect(canAccess(path, ['CANTEEN_BUYER'])).toBe(false);
    }
    expect(selectedKeys('/supplier/products/abc')).toEqual({ selected: ['/supplier/products'], open: ['/supplier'] });
  });
});

describe('agency procurement (单位采购)', () => {
  const agencyChildren = (roles: string[]) => menuFor(roles).find((e) => e.path === '/agency')?.children?.map((c) => c.label);

  it('is shown only to agency roles', () => {
    for (const role of ['AGENCY_MANAGER', 'AGENCY_APPROVER', 'CANTEEN_BUYER']) expect(labels([role])).toContain('单位采购');
    for (const role of ['OPERATOR', 'SUPPLIER_STAFF', 'CITIZEN']) expect(labels([role])).not.toContain('单位采购');
  });

  it('gives each agency role its own pages', () => {
    expect(agencyChildren(['CANTEEN_BUYER'])).toEqual(['份额进度', '采购订单']);
    expect(agencyChildren(['AGENCY_APPROVER'])).toEqual(['份额进度', '采购审批', '采购订单']);
    expect(agencyChildren(['AGENCY_MANAGER'])).toEqual(['份额进度', '采购订单', '年度填报', '单位设置', '定向直供', '操作记录']);
  });

  it('guards the pages by role', () => {
    expect(canAccess('/agency/approvals', ['AGENCY_APPROVER'])).toBe(true);
    expect(canAccess('/agency/approvals', ['CANTEEN_BUYER'])).toBe(false);
    expect(canAccess('/agency/settings', ['AGENCY_MANAGER'])).toBe(true);
    expect(canAccess('/agency/settings', ['AGENCY_APPROVER'])).toBe(false);
    expect(canAccess('/agency/quota', ['CANTEEN_BUYER'])).toBe(true);
    expect(canAccess('/agency/quota', ['OPERATOR'])).toBe(false);
    expect(canAccess('/supplier/procurement-orders/abc', ['SUPPLIER_STAFF'])).toBe(true);
    expect(canAccess('/supplier/procurement-orders/abc', ['AGENCY_MANAGER'])).toBe(false);
    expect(selectedKeys('/supplier/procurement-orders/abc')).toEqual({ selected: ['/supplier/procurement-orders'], open: ['/supplier'] });
  });
});

describe('canAccess', () => {
  it('guards operator pages, including nested ones', () => {
    expect(canAccess('/pairings', ['OPERATOR'])).toBe(true);
    expect(canAccess('/pairings', ['SUPPLIER_STAFF'])).toBe(false);
    expect(canAccess('/accounts/users', ['AGENCY_APPROVER'])).toBe(false);
    expect(canAccess('/', ['CITIZEN'])).toBe(true);
  });
});

describe('selectedKeys', () => {
  it('highlights the child and opens its group', () => {
    expect(selectedKeys('/accounts/users')).toEqual({ selected: ['/accounts/users'], open: ['/accounts'] });
    expect(selectedKeys('/')).toEqual({ selected: ['/'], open: [] });
    expect(selectedKeys('/pairings')).toEqual({ selected: ['/pairings'], open: [] });
  });
});
