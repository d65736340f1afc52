import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrderItem } from './order-item.entity';
import { SupplierOrderStatus } from './order-status';
import { SupplierOrder } from './supplier-order.entity';

/**
 * Units sold per product (paid, minus refunded), for contexts that rank by sales (search). It is
 * the state the `orders.order.paid` / `orders.items.refunded` events describe, so a listener that
 * missed events can rebuild from here.
 */
@Injectable()
export class OrderSalesService {
  constructor(private readonly dataSource: DataSource) {}

  async salesCounts(productIds?: string[]): Promise<Map<string, number>> {
    if (productIds && !productIds.length) return new Map();
    const q = this.dataSource
      .createQueryBuilder()
      .select('i.productId', 'productId')
      .addSelect('SUM(i.quantity - i.refundedQty)', 'sold')
      .from(OrderItem, 'i')
      .innerJoin(SupplierOrder, 's', 's.id = i.supplierOrderId')
      .where('s.status IN (:...statuses)', {
        statuses: [SupplierOrderStatus.PAID, SupplierOrderStatus.PARTIALLY_SHIPPED, SupplierOrderStatus.SHIPPED, SupplierOrderStatus.COMPLETED, SupplierOrderStatus.REFUNDED],
      })
      .groupBy('i.productId');
    if (productIds) q.andWhere('i.productId IN (:...ids)', { ids: productIds });
    const rows = await q.getRawMany<{ productId: string; sold: string | number }>();
    return new Map(rows.map((r) => [r.productId, Number(r.sold)]));
  }
}
