import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, LessThan, Repository } from 'typeorm';
import { SYSTEM_ACTOR } from '../../audit/audit-log.service';
import { AppError } from '../../common/app-error';
import { inTransaction } from '../../database/transaction';
import { Principal } from '../../identity/principal';
import { Role } from '../../identity/role';
import { OrderAccess } from './order-access.service';
import { OrderClosing } from './order-closing.service';
import { ProcurementEventType } from './procurement-order-event.entity';
import { ProcurementOrder } from './procurement-order.entity';
import { procurementOrderStates, ProcurementOrderStatus } from './procurement-order-status';

const BUYER_CANCELLABLE = [ProcurementOrderStatus.PENDING_APPROVAL, ProcurementOrderStatus.PENDING_CONFIRMATION];
const BATCH = 100;

/** Cancellation by the buyer before the supplier confirms, and the confirmation deadline's auto-cancel. */
@Injectable()
export class OrderCancellation {
  private readonly logger = new Logger(OrderCancellation.name);

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(ProcurementOrder) private readonly orders: Repository<ProcurementOrder>,
    private readonly access: OrderAccess,
    private readonly closing: OrderClosing,
  ) {}

  async cancelByBuyer(me: Principal, id: string, reason: string): Promise<ProcurementOrder> {
    const order = await this.access.forAgencyMember(me, id);
    if (order.buyerUserId !== me.id && !me.roles.includes(Role.AGENCY_MANAGER)) throw AppError.forbidden('只有下单人或单位管理员可以取消采购订单');
    if (!BUYER_CANCELLABLE.includes(order.status)) {
      throw procurementOrderStates.error(order.status, ProcurementOrderStatus.CANCELLED, '供应商确认后的采购订单不能由采购方取消，请联系供应商');
    }
    await this.closing.close(order, {
      to: ProcurementOrderStatus.CANCELLED,
      type: ProcurementEventType.CANCELLED,
      action: 'procurement.order.cancelled',
      actor: { userId: me.id, name: me.name },
      reason: `采购方取消：${reason}`,
    });
    return this.access.get(order.id);
  }

  /**
   * Cancels orders the supplier did not confirm before their deadline. Each order is claimed with
   * the conditional status UPDATE, so two backend processes running this at once cancel it (and
   * return its stock) once. Returns how many this call cancelled.
   */
  async cancelOverdue(now = new Date()): Promise<number> {
    const due = await this.orders.find({ where: { status: ProcurementOrderStatus.PENDING_CONFIRMATION, confirmDeadline: LessThan(now) }, order: { confirmDeadline: 'ASC' }, take: BATCH });
    let n = 0;
    for (const order of due) {
      try {
        const won = await inTransaction(this.dataSource, (m) =>
          this.closing.closeIn(m, order, {
            to: ProcurementOrderStatus.CANCELLED,
            type: ProcurementEventType.AUTO_CANCELLED,
            action: 'procurement.order.auto_cancelled',
            actor: SYSTEM_ACTOR,
            reason: '供应商未在规定时间内确认，系统自动取消',
          }),
        );
        if (won) n++;
      } catch (err) {
        this.logger.error({ err }, `auto-cancel of procurement order ${order.orderNo} failed`);
      }
    }
    return n;
  }
}
