import { Foundation1763700000000 } from './1763700000000-Foundation';
import { SupplierAdmission1763800000000 } from './1763800000000-SupplierAdmission';
import { Catalog1763800001000 } from './1763800001000-Catalog';
import { Trace1763800002000 } from './1763800002000-Trace';
import { Search1763800003000 } from './1763800003000-Search';
import { Orders1763800005000 } from './1763800005000-Orders';
import { Payments1763800006000 } from './1763800006000-Payments';
import { Promotions1763800007000 } from './1763800007000-Promotions';
import { Addresses1763800008000 } from './1763800008000-Addresses';
import { ProcurementOrders1763900000000 } from './1763900000000-ProcurementOrders';
import { Audit1763900000500 } from './1763900000500-Audit';
import { AgencyDetails1763900000600 } from './1763900000600-AgencyDetails';
import { Quota1763900002000 } from './1763900002000-Quota';
import { ProcurementFlow1763900001000 } from './1763900001000-ProcurementFlow';
import { SupplyAgreements1763900004000 } from './1763900004000-SupplyAgreements';
import { Reports1763900003000 } from './1763900003000-Reports';

/** Every migration in order. Add new ones at the end; never edit one that has shipped. */
export const MIGRATIONS = [Foundation1763700000000, SupplierAdmission1763800000000, Catalog1763800001000, Trace1763800002000, Search1763800003000, Orders1763800005000, Payments1763800006000, Promotions1763800007000, Addresses1763800008000, ProcurementOrders1763900000000, Audit1763900000500, AgencyDetails1763900000600, ProcurementFlow1763900001000, Quota1763900002000, Reports1763900003000, SupplyAgreements1763900004000];
