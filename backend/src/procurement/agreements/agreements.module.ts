import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '../../catalog/catalog.module';
import { SuppliersModule } from '../../suppliers/suppliers.module';
import { ProcurementOrdersModule } from '../orders/procurement-orders.module';
import { ProcurementModule } from '../procurement.module';
import { AgreementOrders } from './agreement-orders.service';
import { AdminAgreementsController, AgencyAgreementsController, SupplierAgreementsController } from './agreements.controller';
import { AgreementsService } from './agreements.service';
import { StandingOrder } from './standing-order.entity';
import { StandingOrdersController } from './standing-orders.controller';
import { StandingOrdersScheduler } from './standing-orders.scheduler';
import { StandingOrdersService } from './standing-orders.service';
import { SupplyAgreementLine } from './supply-agreement-line.entity';
import { SupplyAgreement } from './supply-agreement.entity';

/** Direct-supply agreements (定向直供) between an agency and a supplier, orders under them, standing weekly orders. */
@Module({
  imports: [TypeOrmModule.forFeature([SupplyAgreement, SupplyAgreementLine, StandingOrder]), CatalogModule, SuppliersModule, ProcurementModule, ProcurementOrdersModule],
  controllers: [AgencyAgreementsController, SupplierAgreementsController, AdminAgreementsController, StandingOrdersController],
  providers: [AgreementsService, AgreementOrders, StandingOrdersService, StandingOrdersScheduler],
  exports: [AgreementsService],
})
export class AgreementsModule {}
