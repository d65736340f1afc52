import { describe, expect, it } from 'vitest';
import { canAccess, menuFor, selectedKeys } from './menu';

const labels = (roles: string[]) => menuFor(roles).map((e) => e.label);

describe('menuFor', () => {
  it('gives operators the pairing and account pages', () => {
    expect(labels(['OPERATOR'])).toEqual(['工作台', '结对关系', '账号管理']);
    expect(menuFor(['OPERATOR'])[2]!.children!.map((c) => c.label)).toEqual(['预算单位', '供应商', '用户']);
  });

  it('shows supplier and agency staff only the dashboard for now', () => {
    expect(labels(['SUPPLIER_STAFF'])).toEqual(['工作台']);
    expect(labels(['AGENCY_APPROVER', 'CANTEEN_BUYER'])).toEqual(['工作台']);
  });

  it('combines roles', () => {
    expect(labels(['SUPPLIER_STAFF', 'OPERATOR'])).toContain('结对关系');
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
