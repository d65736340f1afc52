/** The roles the API knows (see the contract); kept here so menus do not depend on schema names. */
export type Role =
  | 'CITIZEN'
  | 'CANTEEN_BUYER'
  | 'AGENCY_APPROVER'
  | 'AGENCY_MANAGER'
  | 'SUPPLIER_STAFF'
  | 'OPERATOR';

export const ROLE_LABELS: Record<Role, string> = {
  CITIZEN: '市民',
  CANTEEN_BUYER: '食堂采购员',
  AGENCY_APPROVER: '预算单位审批人',
  AGENCY_MANAGER: '预算单位管理员',
  SUPPLIER_STAFF: '供应商员工',
  OPERATOR: '平台运营',
};

export const ALL_ROLES = Object.keys(ROLE_LABELS) as Role[];

export function roleLabel(role: string): string {
  return (ROLE_LABELS as Record<string, string>)[role] ?? role;
}

export function hasAnyRole(roles: readonly string[] | undefined, wanted: readonly Role[]): boolean {
  return !!roles && wanted.some((r) => roles.includes(r));
}
