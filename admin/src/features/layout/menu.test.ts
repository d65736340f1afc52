import { describe, expect, it } from 'vitest';
import { canAccess, menuFor, selectedKeys } from './menu';

const labels = (roles: string[]) => menuFor(roles).map((e) => e.label);

describe('menuFor', () => {
  it('gives operators the pairing and account pages', () => {
    expect(labels(['OPERATOR'])).toEqual(expect.arrayContaining(['工作台', '结对关系', '账号管理']));
    expect(menuFor(['OPERATOR']).find((e) => e.path === '/accounts')!.children!.map((c) => c.label)).toEqual(['预算单位', '供应商', '用户']);
  });

  it('shows agency staff only the dashboard for now', () => {
    expect(labels(['AGENCY_APPROVER', 'CANTEEN_BUYER'])).toEqual(['工作台']);
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
    expect(menuFor(['SUPPLIER_STAFF'])[1]!.children!.map((c) => c.label)).toEqual(['企业资料', '生产基地', '商品管理', '批次追溯']);
    for (const path of ['/supplier/profile', '/supplier/products/new', '/supplier/products/abc/edit', '/supplier/batches/abc']) {
      expect(canAccess(path, ['SUPPLIER_STAFF'])).toBe(true);
      expect(canAccess(path, ['OPERATOR'])).toBe(false);
      expect(canAccess(path, ['CANTEEN_BUYER'])).toBe(false);
    }
    expect(selectedKeys('/supplier/products/abc')).toEqual({ selected: ['/supplier/products'], open: ['/supplier'] });
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
