import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, LessThanOrEqual, Repository } from 'typeorm';
import { AppError } from '../common/app-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { inTransaction } from '../database/transaction';
import { ConfirmReceiptDto, ShipDto } from './dto';
import { OrderEventType } from './order-event.entity';
import { OrderItem } from './order-item.entity';
import { OrderLifecycle } from './order-lifecycle.service';
import { SupplierOrderStatus, supplierOrderStates } from './order-status';
import { buyer, recordEvent, supplierStaff, syncOrderStatus, SYSTEM, updateSupplierOrder } from './order-transitions';
import { Shipment, ShipmentLine } from './shipment.entity';
import { SupplierOrder } from './supplier-order.entity';

const SWEEP_BATCH = 200;

/**
 * Shipping and receipt. A co-op ships its part in one or several parcels (each with carrier and
 * tracking number); when every unit is out the part is SHIPPED and confirms itself after
 * ORDER_AUTO_CONFIRM_DAYS unless the buyer confirms first or a refund request is open.
 */
@Injectable()
export class Fulfilment {
  private readonly logger = new Logger(Fulfilment.name);

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(SupplierOrder) private readonly parts: Repository<SupplierOrder>,
    @InjectRepository(OrderItem) private readonly items: Repository<OrderItem>,
    private readonly lifecycle: OrderLifecycle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The supplier's own part; another supplier's is "not found". */
  async requireOwn(supplierId: string, id: string): Promise<SupplierOrder> {
    const part = await this.parts.findOneBy({ id, supplierId });
    if (!part) throw AppError.notFound('订单');
    return part;
  }

  async ship(supplierId: string, actorId: string, id: string, dto: ShipDto): Promise<Shipment> {
    const part = await this.requireOwn(supplierId, id);
    if (part.status !== SupplierOrderStatus.PAID && part.status !== SupplierOrderStatus.PARTIALLY_SHIPPED) {
      throw supplierOrderStates.error(part.status, SupplierOrderStatus.SHIPPED);
    }
    if (part.openRefundId) throw AppError.conflict('REFUND_PENDING', '买家有处理中的退款申请，请先处理后再发货');
    const items = await this.items.find({ where: { supplierOrderId: part.id } });
    const left = new Map(items.map((i) => [i.id, i.quantity - i.shippedQty - i.restockedQty]));
    const lines: ShipmentLine[] = [];
    if (dto.lines) {
      const asked = new Map<string, number>();
      for (const l of dto.lines) {
        const key = l.orderItemId.toLowerCase();
        if (!left.has(key)) throw AppError.badRequest('ITEM_NOT_IN_ORDER', '发货商品不属于该订单', { orderItemId: l.orderItemId });
        asked.set(key, (asked.get(key) ?? 0) + l.quantity);
      }
      for (const [orderItemId, quantity] of asked) {
        if (quantity > left.get(orderItemId)!) throw AppError.badRequest('SHIP_QTY_EXCEEDED', `发货数量超过未发货数量（${left.get(orderItemId)}）`, { orderItemId });
        lines.push({ orderItemId, quantity });
      }
    } else {
      for (const [orderItemId, quantity] of left) if (quantity > 0) lines.push({ orderItemId, quantity });
    }
    if (!lines.length) throw AppError.conflict('NOTHING_TO_SHIP', '没有待发货的商品');
    const remaining = [...left.values()].reduce((a, b) => a + b, 0) - lines.reduce((a, l) => a + l.quantity, 0);
    const to = remaining === 0 ? SupplierOrderStatus.SHIPPED : SupplierOrderStatus.PARTIALLY_SHIPPED;
    supplierOrderStates.assertTransition(part.status, to);
    return inTransaction(this.dataSource, async (m) => {
      const now = new Date();
      const patch = to === SupplierOrderStatus.SHIPPED ? { shippedAt: now, autoConfirmAt: new Date(now.getTime() + this.config.orders.autoConfirmDays * 86_400_000) } : {};
      const note = `${dto.carrier} ${dto.trackingNo}：${lines.reduce((a, l) => a + l.quantity, 0)} 件`;
      await updateSupplierOrder(m, part, to, patch, { type: OrderEventType.SHIPPED, actor: supplierStaff(actorId), note });
      for (const l of lines) {
        await m.createQueryBuilder().update(OrderItem).set({ shippedQty: () => `shippedQty + ${Math.trunc(l.quantity)}`, updatedAt: now }).where('id = :id', { id: l.orderItemId }).execute();
      }
      const shipment = await m.save(m.create(Shipment, { orderId: part.orderId, supplierOrderId: part.id, carrier: dto.carrier.trim(), trackingNo: dto.trackingNo, lines, shippedById: actorId }));
      await syncOrderStatus(m, part.orderId, supplierStaff(actorId));
      return shipment;
    });
  }

  /** The buyer confirms receipt of one shipped part, or of every shipped part. */
  async confirmReceipt(userId: string, orderId: string, dto: ConfirmReceiptDto): Promise<void> {
    const order = await this.lifecycle.requireOwn(userId, orderId);
    const all = await this.parts.find({ where: { orderId: order.id } });
    let targets: SupplierOrder[];
    if (dto.supplierOrderId) {
      const one = all.find((p) => p.id === dto.supplierOrderId!.toLowerCase());
      if (!one) throw AppError.notFound('子订单');
      if (one.status !== SupplierOrderStatus.SHIPPED) throw supplierOrderStates.error(one.status, SupplierOrderStatus.COMPLETED, one.status === SupplierOrderStatus.PARTIALLY_SHIPPED ? '还有商品未发货，全部发货后才能确认收货' : undefined);
      targets = [one];
    } else {
      targets = all.filter((p) => p.status === SupplierOrderStatus.SHIPPED);
      if (!targets.length) throw AppError.conflict('NOTHING_TO_CONFIRM', '没有已发货待确认收货的商品');
    }
    await inTransaction(this.dataSource, async (m) => {
      const now = new Date();
      for (const part of targets) await updateSupplierOrder(m, part, SupplierOrderStatus.COMPLETED, { completedAt: now }, { type: OrderEventType.RECEIVED, actor: buyer(userId) });
      await syncOrderStatus(m, order.id, buyer(userId));
    });
  }

  /**
   * Confirms receipt of shipped parts whose time has come. Each part is claimed with one conditional
   * UPDATE (status SHIPPED, no open refund), so concurrent sweeps in several processes confirm it once.
   */
  async autoConfirmDue(now = new Date()): Promise<number> {
    const due = await this.parts.find({
      select: { id: true },
      where: { status: SupplierOrderStatus.SHIPPED, autoConfirmAt: LessThanOrEqual(now), openRefundId: IsNull() },
      order: { autoConfirmAt: 'ASC' },
      take: SWEEP_BATCH,
    });
    let confirmed = 0;
    for (const { id } of due) {
      try {
        const won = await inTransaction(this.dataSource, async (m) => {
          const at = new Date();
          const res = await m
            .createQueryBuilder()
            .update(SupplierOrder)
            .set({ status: SupplierOrderStatus.COMPLETED, completedAt: at, version: () => 'version + 1', updatedAt: at })
            .where('id = :id AND status = :status AND openRefundId IS NULL', { id, status: SupplierOrderStatus.SHIPPED })
            .execute();
          if (res.affected !== 1) return false;
          const part = await m.findOneByOrFail(SupplierOrder, { id });
          await recordEvent(m, { orderId: part.orderId, supplierOrderId: id, type: OrderEventType.AUTO_CONFIRMED, from: SupplierOrderStatus.SHIPPED, to: SupplierOrderStatus.COMPLETED, actor: SYSTEM, note: `发货 ${this.config.orders.autoConfirmDays} 天后自动确认收货` });
          await syncOrderStatus(m, part.orderId, SYSTEM);
          return true;
        });
        if (won) confirmed++;
      } catch (err) {
        this.logger.error({ err, supplierOrderId: id }, 'auto-confirm failed');
      }
    }
    return confirmed;
  }
}
