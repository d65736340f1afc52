import { Agency } from '../procurement/agency.entity';
import { Canteen } from '../procurement/canteen.entity';
import { Division } from '../regions/division.entity';
import { HelperUnit } from '../regions/helper-unit.entity';
import { Pairing } from '../regions/pairing.entity';
import { SourceDocument } from '../regions/source-document.entity';
import { LoginAttempt } from '../identity/login-attempt.entity';
import { User } from '../identity/user.entity';
import { Supplier } from '../suppliers/supplier.entity';

/** Every entity, listed once so the app, the migration runner and the drift test see the same set. */
export const ENTITIES = [User, LoginAttempt, Division, HelperUnit, SourceDocument, Pairing, Agency, Canteen, Supplier];
