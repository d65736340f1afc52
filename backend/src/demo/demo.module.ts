import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { FilesModule } from '../files/files.module';
import { IdentityModule } from '../identity/identity.module';
import { ProcurementModule } from '../procurement/procurement.module';
import { RegionsModule } from '../regions/regions.module';
import { AdmissionModule } from '../suppliers/admission/admission.module';
import { SuppliersModule } from '../suppliers/suppliers.module';
import { TraceModule } from '../trace/trace.module';
import { DemoCatalogSeeder } from './demo-catalog.seeder';
import { DemoDataSeeder } from './demo-data.seeder';
import { PromotionsModule } from '../promotions/promotions.module';
import { DemoPromotionsSeeder } from './demo-promotions.seeder';
import { DemoProcurementSeeder } from './demo-procurement.seeder';
import { ProcurementQuotaModule } from '../procurement/quota/quota.module';

@Module({
  imports: [AdmissionModule, IdentityModule, ProcurementModule, SuppliersModule, CatalogModule, FilesModule, RegionsModule, TraceModule, PromotionsModule, ProcurementQuotaModule],
  providers: [DemoDataSeeder, DemoCatalogSeeder, DemoPromotionsSeeder, DemoProcurementSeeder],
  exports: [DemoDataSeeder],
})
export class DemoModule {}
