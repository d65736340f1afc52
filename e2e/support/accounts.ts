/** Demo accounts loaded with SEED_DEMO=true (see shared/api-contract.md). */
export const DEMO_PASSWORD = 'Demo@2026';

export type Role = 'OPERATOR' | 'SUPPLIER_STAFF' | 'CANTEEN_BUYER' | 'AGENCY_APPROVER' | 'CITIZEN';

export interface DemoAccount {
  phone: string;
  role: Role;
  /** Display name where the seed data fixes it; journeys assert it in the header. */
  name?: string;
}

export const demo = {
  operator: { phone: '13800000001', role: 'OPERATOR', name: '王立群' },
  baiseSupplier: { phone: '13800000002', role: 'SUPPLIER_STAFF' },
  canteenBuyer: { phone: '13800000003', role: 'CANTEEN_BUYER' },
  agencyApprover: { phone: '13800000004', role: 'AGENCY_APPROVER' },
  citizen: { phone: '13800000005', role: 'CITIZEN', name: '陈小梅' },
  hechiSupplier: { phone: '13800000006', role: 'SUPPLIER_STAFF' },
} as const satisfies Record<string, DemoAccount>;
