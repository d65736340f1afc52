import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { ProcurementModule } from '../procurement/procurement.module';
import { SuppliersModule } from '../suppliers/suppliers.module';
import { DemoDataSeeder } from './demo-data.seeder';

@Module({
  imports: [IdentityModule, ProcurementModule, SuppliersModule],
  providers: [DemoDataSeeder],
  exports: [DemoDataSeeder],
})
export class DemoModule {}
