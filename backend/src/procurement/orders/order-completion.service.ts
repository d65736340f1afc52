import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inTransaction } from '../../database/transaction';
import { Actor, moveStatus, recordEvent } from './order-store';
import { ProcurementEventType } from './procurement-order-event.entity';
import { ProcurementOrder } from './procurement-order.entity';
import { InvoiceStatus, ProcurementOrderStatus, ProcurementPaymentStatus } from './procurement-order-status';

/** An accepted order whose invoice is verified and which is paid has nothing left to do: COMPLETED. */
@Injectable()
export class OrderCompletion {
  constructor(private readonly dataSource: DataSource) {}

  /** Idempotent: moves the order once, whichever of payment and invoice came last. */
  async tryComplete(orderId: string, actor: Actor): Promise<boolean> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const order = await this.dataSource.getRepository(ProcurementOrder).findOneBy({ id: orderId });
      if (!order || order.status !== ProcurementOrderStatus.ACCEPTED) return false;
      if (order.paymentStatus !== ProcurementPaymentStatus.PAID || order.invoiceStatus !== InvoiceStatus.VERIFIED) return false;
      const won = await inTransaction(this.dataSource, async (m) => {
        if (!(await moveStatus(m, order, ProcurementOrderStatus.COMPLETED))) return false;
        await recordEvent(m, { orderId, type: ProcurementEventType.COMPLETED, from: order.status, to: ProcurementOrderStatus.COMPLETED, actor, note: '已验收、已验票、已付款' });
        return true;
      });
      if (won) return true;
    }
    return false;
  }
}

