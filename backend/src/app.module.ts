import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { requestLogging } from './common/request-logging';
import { AppConfig } from './config/app-config';
import { CatalogModule } from './catalog/catalog.module';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source-options';
import { DemoModule } from './demo/demo.module';
import { HealthController } from './health/health.controller';
import { IdentityModule } from './identity/identity.module';
import { ProcurementModule } from './procurement/procurement.module';
import { RegionsModule } from './regions/regions.module';
import { SuppliersModule } from './suppliers/suppliers.module';
import { AdmissionModule } from './suppliers/admission/admission.module';
import { FilesModule } from './files/files.module';
import { TraceModule } from './trace/trace.module';

/** The whole marketplace, one Nest module per bounded context. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(requestLogging(config)),
        TypeOrmModule.forRootAsync({ useFactory: () => dataSourceOptions(config) }),
        RegionsModule,
        IdentityModule,
        ProcurementModule,
        SuppliersModule,
        AdmissionModule,
        FilesModule,
        CatalogModule,
        TraceModule,
        DemoModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_FILTER, useClass: AllExceptionsFilter }],
    };
  }
}
