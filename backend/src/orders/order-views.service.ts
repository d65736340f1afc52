import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FindOptionsWhere, In, Repository } from 'typeorm';
import { UsersService } from '../identity/users.service';
import { SuppliersService } from '../suppliers/suppliers.service';
import { CustomerOrder } from './customer-order.entity';
import { OrderEvent } from './order-event.entity';
import { OrderItem } from './order-item.entity';
import { OrderStatus, SupplierOrderStatus } from './order-status';
import { RefundRequest } from './refund-request.entity';
import { Shipment } from './shipment.entity';
import { SupplierOrder } from './supplier-order.entity';
import {
  OrderAddressView,
  OrderEventView,
  OrderItemView,
  OrderListView,
  OrderRefundView,
  OrderView,
  ShipmentView,
  SupplierOrderListView,
  SupplierOrderView,
} from './views';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Turns orders into the buyer's, the co-op's and the operators' views, in few queries. */
@Injectable()
export class OrderViews {
  constructor(
    @InjectRepository(CustomerOrder) private readonly orders: Repository<CustomerOrder>,
    @InjectRepository(SupplierOrder) private readonly parts: Repository<SupplierOrder>,
    @InjectRepository(OrderItem) private readonly items: Repository<OrderItem>,
    @InjectRepository(OrderEvent) private readonly events: Repository<OrderEvent>,
    @InjectRepository(Shipment) private readonly shipments: Repository<Shipment>,
    @InjectRepository(RefundRequest) private readonly refunds: Repository<RefundRequest>,
    private readonly users: UsersService,
    private readonly suppliers: SuppliersService,
  ) {}

  async order(order: CustomerOrder): Promise<OrderView> {
    const [parts, items, events, shipments, refunds, names] = await Promise.all([
      this.parts.find({ where: { orderId: order.id }, order: { subOrderNo: 'ASC' } }),
      this.items.find({ where: { orderId: order.id }, order: { createdAt: 'ASC' } }),
      this.events.find({ where: { orderId: order.id }, order: { createdAt: 'ASC' } }),
      this.shipments.find({ where: { orderId: order.id }, order: { createdAt: 'ASC' } }),
      this.refunds.find({ where: { orderId: order.id }, order: { createdAt: 'ASC' } }),
      this.supplierNames(),
    ]);
    return {
      id: order.id,
      orderNo: order.orderNo,
      status: order.status,
      totalFen: order.totalFen,
      discountFen: order.discountFen,
      payableFen: order.payableFen,
      refundedFen: order.refundedFen,
      couponCode: order.couponCode,
      couponFundedBy: order.couponFundedBy,
      address: address(order),
      createdAt: order.createdAt.toISOString(),
      expiresAt: order.expiresAt.toISOString(),
      paidAt: iso(order.paidAt),
      cancelledAt: iso(order.cancelledAt),
      cancelReason: order.cancelReason,
      items: items.map(itemView),
      supplierOrders: parts.map((p) => ({
        id: p.id,
        subOrderNo: p.subOrderNo,
        supplier: { id: p.supplierId, name: names.get(p.supplierId) ?? '' },
        status: p.status,
        goodsFen: p.goodsFen,
        discountFen: p.discountFen,
        payableFen: p.payableFen,
        refundedFen: p.refundedFen,
        openRefundId: p.openRefundId,
        autoConfirmAt: iso(p.autoConfirmAt),
        shipments: shipments.filter((s) => s.supplierOrderId === p.id).map(shipmentView),
      })),
      refunds: refunds.map((r) => refundView(r, order.orderNo)),
      events: await this.eventViews(events),
    };
  }

  async orderList(where: FindOptionsWhere<CustomerOrder>, page = 1, pageSize = 20): Promise<OrderListView> {
    const [rows, total] = await this.orders.findAndCount({ where, order: { createdAt: 'DESC' }, skip: (page - 1) * pageSize, take: pageSize });
    const items = rows.length ? await this.items.find({ where: { orderId: In(rows.map((o) => o.id)) }, order: { createdAt: 'ASC' } }) : [];
    return {
      items: rows.map((o) => {
        const own = items.filter((i) => i.orderId === o.id);
        return {
          id: o.id,
          orderNo: o.orderNo,
          status: o.status,
          totalFen: o.totalFen,
          payableFen: o.payableFen,
          refundedFen: o.refundedFen,
          itemCount: own.reduce((a, i) => a + i.quantity, 0),
          firstProductName: own[0]?.productName ?? null,
          createdAt: o.createdAt.toISOString(),
          expiresAt: o.expiresAt.toISOString(),
        };
      }),
      total,
      page,
      pageSize,
    };
  }

  /** A co-op's orders: only parts that were paid (an unpaid order is not the co-op's business yet). */
  async supplierList(supplierId: string, status: OrderStatus | undefined, page = 1, pageSize = 20): Promise<SupplierOrderListView> {
    const statuses = status ? [status as unknown as SupplierOrderStatus] : Object.values(SupplierOrderStatus).filter((s) => s !== SupplierOrderStatus.PENDING_PAYMENT && s !== SupplierOrderStatus.CANCELLED);
    const [rows, total] = await this.parts.findAndCount({ where: { supplierId, status: In(statuses) }, order: { createdAt: 'DESC' }, skip: (page - 1) * pageSize, take: pageSize });
    return { items: await this.supplierViews(rows), total, page, pageSize };
  }

  async supplierViews(parts: SupplierOrder[]): Promise<SupplierOrderView[]> {
    if (!parts.length) return [];
    const ids = parts.map((p) => p.id);
    const [orders, items, events, shipments, refunds] = await Promise.all([
      this.orders.findBy({ id: In([...new Set(parts.map((p) => p.orderId))]) }),
      this.items.find({ where: { supplierOrderId: In(ids) }, order: { createdAt: 'ASC' } }),
      this.events.find({ where: { supplierOrderId: In(ids) }, order: { createdAt: 'ASC' } }),
      this.shipments.find({ where: { supplierOrderId: In(ids) }, order: { createdAt: 'ASC' } }),
      this.refunds.find({ where: { supplierOrderId: In(ids) }, order: { createdAt: 'ASC' } }),
    ]);
    const byId = new Map(orders.map((o) => [o.id, o]));
    const eventViews = await this.eventViews(events);
    return parts.map((p) => {
      const o = byId.get(p.orderId)!;
      return {
        id: p.id,
        subOrderNo: p.subOrderNo,
        orderId: o.id,
        orderNo: o.orderNo,
        status: p.status,
        goodsFen: p.goodsFen,
        discountFen: p.discountFen,
        payableFen: p.payableFen,
        refundedFen: p.refundedFen,
        address: address(o),
        items: items.filter((i) => i.supplierOrderId === p.id).map(itemView),
        shipments: shipments.filter((s) => s.supplierOrderId === p.id).map(shipmentView),
        refunds: refunds.filter((r) => r.supplierOrderId === p.id).map((r) => refundView(r, o.orderNo)),
        events: eventViews.filter((_, i) => events[i].supplierOrderId === p.id),
        openRefundId: p.openRefundId,
        paidAt: iso(o.paidAt),
        autoConfirmAt: iso(p.autoConfirmAt),
        createdAt: p.createdAt.toISOString(),
      };
    });
  }

  async refundViews(refunds: RefundRequest[]): Promise<OrderRefundView[]> {
    const orders = refunds.length ? await this.orders.find({ select: { id: true, orderNo: true }, where: { id: In([...new Set(refunds.map((r) => r.orderId))]) } }) : [];
    const nos = new Map(orders.map((o) => [o.id, o.orderNo]));
    return refunds.map((r) => refundView(r, nos.get(r.orderId) ?? ''));
  }

  private async eventViews(events: OrderEvent[]): Promise<OrderEventView[]> {
    const names = await this.users.namesOf([...new Set(events.map((e) => e.actorId).filter((id): id is string => !!id))]);
    return events.map((e) => ({
      type: e.type,
      supplierOrderId: e.supplierOrderId,
      from: e.fromStatus,
      to: e.toStatus,
      actor: e.actor,
      actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
      note: e.note,
      at: e.createdAt.toISOString(),
    }));
  }

  private async supplierNames(): Promise<Map<string, string>> {
    return new Map((await this.suppliers.list()).map((s) => [s.id, s.name]));
  }
}

const address = (o: CustomerOrder): OrderAddressView => ({ name: o.shipName, phone: o.shipPhone, region: o.shipRegion, detail: o.shipDetail });

const itemView = (i: OrderItem): OrderItemView => ({
  id: i.id,
  supplierOrderId: i.supplierOrderId,
  productId: i.productId,
  skuId: i.skuId,
  productName: i.productName,
  spec: i.spec,
  unit: i.unit,
  unitPriceFen: i.unitPriceFen,
  quantity: i.quantity,
  lineFen: i.lineFen,
  discountFen: i.discountFen,
  shippedQty: i.shippedQty,
  refundedQty: i.refundedQty,
  refundedFen: i.refundedFen,
});

const shipmentView = (s: Shipment): ShipmentView => ({ id: s.id, carrier: s.carrier, trackingNo: s.trackingNo, lines: s.lines, shippedAt: s.createdAt.toISOString() });

export const refundView = (r: RefundRequest, orderNo: string): OrderRefundView => ({
  id: r.id,
  refundNo: r.refundNo,
  orderId: r.orderId,
  orderNo,
  supplierOrderId: r.supplierOrderId,
  kind: r.kind,
  status: r.status,
  reason: r.reason,
  lines: r.lines.map((l) => ({ orderItemId: l.orderItemId, quantity: l.quantity, restockQty: l.restockQty, amountFen: l.amountFen })),
  amountFen: r.amountFen,
  subsidyFen: r.subsidyFen,
  rejectReason: r.rejectReason,
  failureMessage: r.failureMessage,
  createdAt: r.createdAt.toISOString(),
  decidedAt: iso(r.decidedAt),
  refundedAt: iso(r.refundedAt),
});
