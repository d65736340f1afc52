/** The roles of the marketplace. A user may hold several (an approver is often also a buyer). */
export enum Role {
  CITIZEN = 'CITIZEN',
  CANTEEN_BUYER = 'CANTEEN_BUYER',
  AGENCY_APPROVER = 'AGENCY_APPROVER',
  AGENCY_MANAGER = 'AGENCY_MANAGER',
  SUPPLIER_STAFF = 'SUPPLIER_STAFF',
  OPERATOR = 'OPERATOR',
}

export const ALL_ROLES = Object.values(Role);

/** Roles that only make sense inside an Agency (预算单位). */
export const AGENCY_ROLES: readonly Role[] = [Role.CANTEEN_BUYER, Role.AGENCY_APPROVER, Role.AGENCY_MANAGER];

/** Roles that only make sense inside a Supplier. */
export const SUPPLIER_ROLES: readonly Role[] = [Role.SUPPLIER_STAFF];

export const ROLE_LABELS: Record<Role, string> = {
  CITIZEN: '个人用户',
  CANTEEN_BUYER: '食堂采购员',
  AGENCY_APPROVER: '单位审批人',
  AGENCY_MANAGER: '单位管理员',
  SUPPLIER_STAFF: '供应商员工',
  OPERATOR: '平台运营',
};
