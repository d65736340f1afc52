import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '../catalog/catalog.module';
import { IdentityModule } from '../identity/identity.module';
import { PaymentsModule } from '../payments/payments.module';
import { PromotionsModule } from '../promotions/promotions.module';
import { SuppliersModule } from '../suppliers/suppliers.module';
import { AdminOrdersController } from './admin-orders.controller';
import { CartItem } from './cart-item.entity';
import { CartController } from './cart.controller';
import { CartService } from './cart.service';
import { CheckoutService } from './checkout.service';
import { CustomerOrder } from './customer-order.entity';
import { Fulfilment } from './fulfilment.service';
import { LedgerEntry } from './ledger-entry.entity';
import { LedgerService } from './ledger.service';
import { OrderEvent } from './order-event.entity';
import { OrderItem } from './order-item.entity';
import { OrderJobsScheduler } from './order-jobs.scheduler';
import { OrderLifecycle } from './order-lifecycle.service';
import { OrderPayments } from './order-payments.service';
import { OrderSalesService } from './order-sales.service';
import { OrderViews } from './order-views.service';
import { OrdersController } from './orders.controller';
import { RefundExecution } from './refund-execution.service';
import { RefundRequest } from './refund-request.entity';
import { RefundRequests } from './refund-requests.service';
import { Settlement } from './settlement.entity';
import { Shipment } from './shipment.entity';
import { SupplierOrder } from './supplier-order.entity';
import { SupplierOrdersController } from './supplier-orders.controller';

/** Cart, checkout (one order, one part per co-op, one payment), stock, fulfilment, refunds, the supplier ledger. */
@Module({
  imports: [
    TypeOrmModule.forFeature([CartItem, CustomerOrder, SupplierOrder, OrderItem, OrderEvent, Shipment, RefundRequest, LedgerEntry, Settlement]),
    CatalogModule,
    SuppliersModule,
    IdentityModule,
    PaymentsModule,
    PromotionsModule,
  ],
  controllers: [CartController, OrdersController, SupplierOrdersController, AdminOrdersController],
  providers: [CartService, CheckoutService, OrderLifecycle, OrderPayments, RefundExecution, RefundRequests, Fulfilment, OrderViews, LedgerService, OrderSalesService, OrderJobsScheduler],
  exports: [OrderSalesService, OrderLifecycle, Fulfilment],
})
export class OrdersModule {}
