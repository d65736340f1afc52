import { Certification } from '../catalog/certification.entity';
import { ProductEvent } from '../catalog/product-event.entity';
import { Product } from '../catalog/product.entity';
import { Sku } from '../catalog/sku.entity';
import { Zone } from '../catalog/zone.entity';
import { Agency } from '../procurement/agency.entity';
import { Canteen } from '../procurement/canteen.entity';
import { Division } from '../regions/division.entity';
import { HelperUnit } from '../regions/helper-unit.entity';
import { Pairing } from '../regions/pairing.entity';
import { SourceDocument } from '../regions/source-document.entity';
import { LoginAttempt } from '../identity/login-attempt.entity';
import { User } from '../identity/user.entity';
import { Supplier } from '../suppliers/supplier.entity';
import { SupplierDecision } from '../suppliers/supplier-decision.entity';
import { SupplyBase } from '../suppliers/supply-base.entity';
import { FileRecord } from '../files/file-record.entity';
import { Batch } from '../trace/batch.entity';
import { TraceEvent } from '../trace/trace-event.entity';

/** Every entity, listed once so the app, the migration runner and the drift test see the same set. */
export const ENTITIES = [User, LoginAttempt, Division, HelperUnit, SourceDocument, Pairing, Agency, Canteen, Supplier, Product, Sku, Certification, ProductEvent, Zone, Batch, TraceEvent, SupplierDecision, SupplyBase, FileRecord];
