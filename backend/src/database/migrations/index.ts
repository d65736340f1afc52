import { Foundation1763700000000 } from './1763700000000-Foundation';
import { SupplierAdmission1763800000000 } from './1763800000000-SupplierAdmission';
import { Catalog1763800001000 } from './1763800001000-Catalog';
import { Trace1763800002000 } from './1763800002000-Trace';

/** Every migration in order. Add new ones at the end; never edit one that has shipped. */
export const MIGRATIONS = [Foundation1763700000000, SupplierAdmission1763800000000, Catalog1763800001000, Trace1763800002000];
