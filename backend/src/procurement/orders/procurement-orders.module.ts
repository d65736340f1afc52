import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '../../catalog/catalog.module';
import { FilesModule } from '../../files/files.module';
import { IdentityModule } from '../../identity/identity.module';
import { PaymentsModule } from '../../payments/payments.module';
import { RegionsModule } from '../../regions/regions.module';
import { SuppliersModule } from '../../suppliers/suppliers.module';
import { Canteen } from '../canteen.entity';
import { ProcurementModule } from '../procurement.module';
import { AdminProcurementOrdersController } from './admin-procurement-orders.controller';
import { ApprovalRule } from './approval-rule.entity';
import { ApprovalRulesController } from './approval-rules.controller';
import { ApprovalRules } from './approval-rules.service';
import { ApprovalsController } from './approvals.controller';
import { ContractSnapshots } from './contract.service';
import { OrderAcceptance } from './order-acceptance.service';
import { OrderAccess } from './order-access.service';
import { OrderApproval } from './order-approval.service';
import { OrderCancellation } from './order-cancellation.service';
import { OrderClosing } from './order-closing.service';
import { OrderCompletion } from './order-completion.service';
import { OrderInvoices } from './order-invoices.service';
import { OrderRefunds } from './order-refunds.service';
import { OrderSubmission } from './order-submission.service';
import { OrderViews } from './order-views.service';
import { ProcurementAcceptance } from './procurement-acceptance.entity';
import { ProcurementInvoice } from './procurement-invoice.entity';
import { ProcurementJobsScheduler } from './procurement-jobs.scheduler';
import { ProcurementOrderEvent } from './procurement-order-event.entity';
import { ProcurementOrderLine } from './procurement-order-line.entity';
import { ProcurementOrder } from './procurement-order.entity';
import { ProcurementOrdersController } from './procurement-orders.controller';
import { ProcurementPayments } from './procurement-payments.service';
import { ProcurementRefund } from './procurement-refund.entity';
import { ProcurementSettlementController } from './procurement-settlement.controller';
import { SupplierConfirmation } from './supplier-confirmation.service';
import { SupplierProcurementOrdersController } from './supplier-procurement-orders.controller';

/**
 * Canteen procurement orders: submission (one order per supplier), approval, supplier confirmation
 * with the contract snapshot, shipping, acceptance, invoice check, payment and refunds.
 * Exports OrderSubmission (for direct-supply agreements and standing orders) and OrderViews.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([ProcurementOrder, ProcurementOrderLine, ProcurementOrderEvent, ProcurementAcceptance, ProcurementInvoice, ProcurementRefund, ApprovalRule, Canteen]),
    ProcurementModule,
    CatalogModule,
    FilesModule,
    IdentityModule,
    PaymentsModule,
    RegionsModule,
    SuppliersModule,
  ],
  controllers: [ProcurementOrdersController, ApprovalsController, ProcurementSettlementController, SupplierProcurementOrdersController, AdminProcurementOrdersController, ApprovalRulesController],
  providers: [
    ApprovalRules,
    OrderAccess,
    OrderClosing,
    OrderSubmission,
    OrderApproval,
    OrderCancellation,
    ContractSnapshots,
    SupplierConfirmation,
    OrderAcceptance,
    OrderCompletion,
    OrderInvoices,
    ProcurementPayments,
    OrderRefunds,
    OrderViews,
    ProcurementJobsScheduler,
  ],
  exports: [OrderSubmission, OrderViews, OrderAccess],
})
export class ProcurementOrdersModule {}
