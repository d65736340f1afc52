import { SupplierStatus } from './supplier.entity';

/** A supplier's admission status changed (approved, suspended, reinstated, …). */
export interface SupplierStatusChanged {
  supplierId: string;
  from: SupplierStatus;
  to: SupplierStatus;
}

declare module '../common/domain-events' {
  interface DomainEventMap {
    'suppliers.supplier.statusChanged': SupplierStatusChanged;
  }
}
