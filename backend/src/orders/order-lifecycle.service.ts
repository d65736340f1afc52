import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, LessThanOrEqual, Repository } from 'typeorm';
import { StockService } from '../catalog/stock.service';
import { AppError } from '../common/app-error';
import { inTransaction } from '../database/transaction';
import { CouponsService } from '../promotions/coupons.service';
import { CustomerOrder } from './customer-order.entity';
import { OrderEventType } from './order-event.entity';
import { OrderItem } from './order-item.entity';
import { OrderStatus, orderStates, SupplierOrderStatus } from './order-status';
import { Actor, recordEvent, SYSTEM } from './order-transitions';
import { SupplierOrder } from './supplier-order.entity';

const SWEEP_BATCH = 200;

/**
 * The unpaid end of an order's life: cancelled by its buyer or expired. Closing claims the order
 * with ONE conditional UPDATE (`status = CANCELLED WHERE status = PENDING_PAYMENT`): of two sweeps
 * (in two backend processes), a sweep and a cancel, or a sweep and the payment, exactly one wins,
 * and only the winner returns stock and releases the coupon.
 */
@Injectable()
export class OrderLifecycle {
  private readonly logger = new Logger(OrderLifecycle.name);

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(CustomerOrder) private readonly orders: Repository<CustomerOrder>,
    private readonly stock: StockService,
    private readonly coupons: CouponsService,
  ) {}

  /** The buyer's own order; another buyer's order is "not found". */
  async requireOwn(userId: string, orderId: string): Promise<CustomerOrder> {
    const order = await this.orders.findOneBy({ id: orderId, userId });
    if (!order) throw AppError.notFound('订单');
    return this.expireIfDue(order);
  }

  /** An unpaid order past its time is closed as soon as anyone looks at it, before any sweep runs. */
  async expireIfDue(order: CustomerOrder, now = new Date()): Promise<CustomerOrder> {
    if (order.status !== OrderStatus.PENDING_PAYMENT || order.expiresAt > now) return order;
    await this.close(order.id, SYSTEM, OrderEventType.EXPIRED, '超时未支付，订单已自动取消');
    return (await this.orders.findOneBy({ id: order.id }))!;
  }

  async cancel(userId: string, orderId: string, actor: Actor, reason?: string): Promise<CustomerOrder> {
    const order = await this.requireOwn(userId, orderId);
    if (order.status !== OrderStatus.PENDING_PAYMENT) {
      throw orderStates.canTransition(order.status, OrderStatus.CANCELLED)
        ? orderStates.error(order.status, OrderStatus.CANCELLED)
        : orderStates.error(order.status, OrderStatus.CANCELLED, order.status === OrderStatus.CANCELLED ? '订单已取消' : '订单已支付，不能直接取消，请申请退款');
    }
    const won = await this.close(order.id, actor, OrderEventType.CANCELLED, reason?.trim() || '买家取消订单');
    if (!won) {
      const now = (await this.orders.findOneBy({ id: order.id }))!;
      if (now.status !== OrderStatus.CANCELLED) throw orderStates.error(now.status, OrderStatus.CANCELLED, '订单已支付，不能直接取消，请申请退款');
    }
    return (await this.orders.findOneBy({ id: order.id }))!;
  }

  /** Closes every unpaid order past its time; returns how many this call closed (others may have raced it). */
  async expireDue(now = new Date()): Promise<number> {
    const due = await this.orders.find({ select: { id: true }, where: { status: OrderStatus.PENDING_PAYMENT, expiresAt: LessThanOrEqual(now) }, order: { expiresAt: 'ASC' }, take: SWEEP_BATCH });
    let closed = 0;
    for (const { id } of due) {
      try {
        if (await this.close(id, SYSTEM, OrderEventType.EXPIRED, '超时未支付，订单已自动取消')) closed++;
      } catch (err) {
        this.logger.error({ err, orderId: id }, 'expiring an order failed');
      }
    }
    return closed;
  }

  /**
   * PENDING_PAYMENT → CANCELLED for the order and its parts, stock given back, coupon released.
   * False when the order was no longer unpaid (paid, or closed by someone else first).
   */
  async close(orderId: string, actor: Actor, type: OrderEventType.CANCELLED | OrderEventType.EXPIRED, reason: string): Promise<boolean> {
    return inTransaction(this.dataSource, async (m) => {
      const now = new Date();
      const claimed = await m.update(CustomerOrder, { id: orderId, status: OrderStatus.PENDING_PAYMENT }, { status: OrderStatus.CANCELLED, cancelledAt: now, cancelReason: reason.slice(0, 200), updatedAt: now });
      if (claimed.affected !== 1) return false;
      const order = await m.findOneByOrFail(CustomerOrder, { id: orderId });
      await m.update(SupplierOrder, { orderId, status: SupplierOrderStatus.PENDING_PAYMENT }, { status: SupplierOrderStatus.CANCELLED, updatedAt: now });
      for (const item of await m.find(OrderItem, { where: { orderId }, order: { skuId: 'ASC' } })) await this.stock.giveBack(m, item.skuId, item.quantity);
      if (order.couponId) await this.coupons.release(m, order.couponId, orderId);
      await recordEvent(m, { orderId, type, from: OrderStatus.PENDING_PAYMENT, to: OrderStatus.CANCELLED, actor, note: reason });
      return true;
    });
  }

  /** Refuses to pay an order that is not waiting for payment (with the reason in Chinese). */
  assertPayable(order: CustomerOrder): void {
    if (order.status === OrderStatus.PENDING_PAYMENT) return;
    if (order.status === OrderStatus.CANCELLED) throw new AppError(HttpStatus.CONFLICT, 'ORDER_CLOSED', order.cancelReason?.includes('超时') ? '订单已超时取消，请重新下单' : '订单已取消');
    throw AppError.conflict('ORDER_ALREADY_PAID', '订单已支付');
  }
}
