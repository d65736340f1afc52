import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { FilesModule } from '../files/files.module';
import { IdentityModule } from '../identity/identity.module';
import { OrdersModule } from '../orders/orders.module';
import { PaymentsModule } from '../payments/payments.module';
import { ProcurementOrdersModule } from '../procurement/orders/procurement-orders.module';
import { ProcurementModule } from '../procurement/procurement.module';
import { ProcurementQuotaModule } from '../procurement/quota/quota.module';
import { PromotionsModule } from '../promotions/promotions.module';
import { RegionsModule } from '../regions/regions.module';
import { ReportsModule } from '../reports/reports.module';
import { AdmissionModule } from '../suppliers/admission/admission.module';
import { SuppliersModule } from '../suppliers/suppliers.module';
import { TraceModule } from '../trace/trace.module';
import { DemoCatalogSeeder } from './demo-catalog.seeder';
import { DemoDataSeeder } from './demo-data.seeder';
import { DemoHistorySeeder } from './demo-history.seeder';
import { DemoPromotionsSeeder } from './demo-promotions.seeder';
import { DemoProcurementSeeder } from './demo-procurement.seeder';

@Module({
  imports: [
    AdmissionModule,
    IdentityModule,
    ProcurementModule,
    SuppliersModule,
    CatalogModule,
    FilesModule,
    RegionsModule,
    TraceModule,
    PromotionsModule,
    ProcurementQuotaModule,
    // The sales history goes through the orders, payments and procurement flows, and rebuilds the reports' facts.
    OrdersModule,
    PaymentsModule,
    ProcurementOrdersModule,
    ReportsModule,
  ],
  providers: [DemoDataSeeder, DemoCatalogSeeder, DemoPromotionsSeeder, DemoProcurementSeeder, DemoHistorySeeder],
  exports: [DemoDataSeeder],
})
export class DemoModule {}
