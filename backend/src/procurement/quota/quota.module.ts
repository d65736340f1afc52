import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '../../identity/identity.module';
import { RegionsModule } from '../../regions/regions.module';
import { SuppliersModule } from '../../suppliers/suppliers.module';
import { Agency } from '../agency.entity';
import { ProcurementOrder } from '../orders/procurement-order.entity';
import { ProcurementModule } from '../procurement.module';
import { AgencyAccountsController } from './agency-accounts.controller';
import { DeclarationReminder } from './declaration-reminder.entity';
import { AdminDeclarationsController, DeclarationsController } from './declarations.controller';
import { DeclarationsService } from './declarations.service';
import { QuotaDeclaration, QuotaDeclarationRevision } from './quota-declaration.entity';
import { QuotaExportService } from './quota-export.service';
import { QuotaPoliciesController } from './quota-policies.controller';
import { QuotaPoliciesService } from './quota-policies.service';
import { QuotaPolicy } from './quota-policy.entity';
import { QuotaReferenceSeeder } from './quota-reference.seeder';
import { AdminQuotaController, QuotaController } from './quota.controller';
import { QuotaService } from './quota.service';

/**
 * The reserved share (预留份额): policies as versioned data, agencies' yearly declarations and
 * reminders, and the quota figures computed from accepted procurement orders by grouped SQL.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([QuotaPolicy, QuotaDeclaration, QuotaDeclarationRevision, DeclarationReminder, Agency, ProcurementOrder]),
    ProcurementModule,
    IdentityModule,
    RegionsModule,
    SuppliersModule,
  ],
  controllers: [QuotaPoliciesController, DeclarationsController, AdminDeclarationsController, QuotaController, AdminQuotaController, AgencyAccountsController],
  providers: [QuotaPoliciesService, DeclarationsService, QuotaService, QuotaExportService, QuotaReferenceSeeder],
  exports: [QuotaPoliciesService, DeclarationsService, QuotaService],
})
export class ProcurementQuotaModule {}
