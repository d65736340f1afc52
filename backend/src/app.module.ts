import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { requestLogging } from './common/request-logging';
import { AppConfig } from './config/app-config';
import { CatalogModule } from './catalog/catalog.module';
import { DomainEventsModule } from './common/domain-events';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source-options';
import { DemoModule } from './demo/demo.module';
import { HealthController } from './health/health.controller';
import { IdentityModule } from './identity/identity.module';
import { ProcurementModule } from './procurement/procurement.module';
import { ProcurementOrdersModule } from './procurement/orders/procurement-orders.module';
import { ProcurementQuotaModule } from './procurement/quota/quota.module';
import { RegionsModule } from './regions/regions.module';
import { SuppliersModule } from './suppliers/suppliers.module';
import { AdmissionModule } from './suppliers/admission/admission.module';
import { FilesModule } from './files/files.module';
import { TraceModule } from './trace/trace.module';
import { SearchModule } from './search/search.module';
import { PaymentsModule } from './payments/payments.module';
import { AlipaySandboxModule } from './payments/sandbox/sandbox.module';
import { PromotionsModule } from './promotions/promotions.module';
import { OrdersModule } from './orders/orders.module';
import { ObservabilityModule } from './observability/observability.module';
import { AuditModule } from './audit/audit.module';
import { ReportsModule } from './reports/reports.module';
import { AgreementsModule } from './procurement/agreements/agreements.module';

/** The whole marketplace, one Nest module per bounded context. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DomainEventsModule,
        ObservabilityModule,
        AuditModule,
        LoggerModule.forRoot(requestLogging(config)),
        TypeOrmModule.forRootAsync({ useFactory: () => dataSourceOptions(config) }),
        RegionsModule,
        IdentityModule,
        ProcurementModule,
        ProcurementOrdersModule,
        ProcurementQuotaModule,
        SuppliersModule,
        AdmissionModule,
        FilesModule,
        CatalogModule,
        TraceModule,
        SearchModule,
        PaymentsModule,
        PromotionsModule,
        OrdersModule,
        ReportsModule,
        AgreementsModule,
        // The local Alipay sandbox exists only when no Alipay app is configured (never in production).
        ...(config.alipay ? [] : [AlipaySandboxModule]),
        DemoModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_FILTER, useClass: AllExceptionsFilter }],
    };
  }
}
