import { Module } from '@nestjs/common';
import { IdentityModule } from '../../identity/identity.module';
import { SuppliersModule } from '../suppliers.module';
import { AdmissionController } from './admission.controller';
import { AdmissionService } from './admission.service';

/**
 * Supplier applications need both the suppliers (to create the organisation) and identity (to
 * create its first account and sign it in). IdentityModule already imports SuppliersModule (for
 * /auth/me), so putting this in SuppliersModule would make a cycle that only forwardRef could
 * untangle. A small module that imports both, and that nothing imports but AppModule, has none.
 */
@Module({
  imports: [IdentityModule, SuppliersModule],
  controllers: [AdmissionController],
  providers: [AdmissionService],
  exports: [AdmissionService],
})
export class AdmissionModule {}
