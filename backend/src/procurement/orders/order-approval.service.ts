import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AuditLog } from '../../audit/audit-log.service';
import { AppError } from '../../common/app-error';
import { inTransaction } from '../../database/transaction';
import { Principal } from '../../identity/principal';
import { OrderAccess } from './order-access.service';
import { OrderClosing } from './order-closing.service';
import { concurrentChange, moveStatus, recordEvent, SUBJECT } from './order-store';
import { OrderSubmission } from './order-submission.service';
import { ProcurementEventType } from './procurement-order-event.entity';
import { ProcurementOrder } from './procurement-order.entity';
import { procurementOrderStates, ProcurementOrderStatus } from './procurement-order-status';

/** Approval (审批) of submitted orders by an approver of the same agency. */
@Injectable()
export class OrderApproval {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(ProcurementOrder) private readonly orders: Repository<ProcurementOrder>,
    private readonly access: OrderAccess,
    private readonly closing: OrderClosing,
    private readonly submission: OrderSubmission,
    private readonly audit: AuditLog,
  ) {}

  /** Orders of my agency waiting for approval, oldest first. */
  pending(agencyId: string): Promise<ProcurementOrder[]> {
    return this.orders.find({ where: { agencyId, status: ProcurementOrderStatus.PENDING_APPROVAL }, order: { createdAt: 'ASC' }, take: 200 });
  }

  async approve(me: Principal, id: string, note?: string): Promise<ProcurementOrder> {
    const order = await this.access.forAgencyMember(me, id);
    this.assertPending(order, ProcurementOrderStatus.PENDING_CONFIRMATION);
    // Separation of duties: whoever submitted an order cannot also be the one who approves it.
    if (order.buyerUserId === me.id) throw AppError.conflict('SELF_APPROVAL_NOT_ALLOWED', '不能审批自己提交的采购订单，请由本单位其他审批人审批');
    const now = new Date();
    const actor = { userId: me.id, name: me.name };
    const won = await inTransaction(this.dataSource, async (m) => {
      const deadline = this.submission.confirmDeadline(now);
      if (!(await moveStatus(m, order, ProcurementOrderStatus.PENDING_CONFIRMATION, { approverUserId: me.id, approvedAt: now, confirmDeadline: deadline }))) return false;
      await recordEvent(m, { orderId: order.id, type: ProcurementEventType.APPROVED, from: order.status, to: ProcurementOrderStatus.PENDING_CONFIRMATION, actor, note: note ?? null, at: now });
      await this.audit.record(
        {
          actor,
          action: 'procurement.order.approved',
          subjectType: SUBJECT,
          subjectId: order.id,
          summary: `审批通过采购订单 ${order.orderNo}（${order.goodsFen} 分）`,
          before: { status: order.status },
          after: { status: ProcurementOrderStatus.PENDING_CONFIRMATION, confirmDeadline: deadline.toISOString() },
          agencyId: order.agencyId,
          supplierId: order.supplierId,
        },
        m,
      );
      return true;
    });
    if (!won) throw concurrentChange();
    return this.access.get(order.id);
  }

  async reject(me: Principal, id: string, reason: string): Promise<ProcurementOrder> {
    const order = await this.access.forAgencyMember(me, id);
    this.assertPending(order, ProcurementOrderStatus.REJECTED);
    await this.closing.close(order, {
      to: ProcurementOrderStatus.REJECTED,
      type: ProcurementEventType.REJECTED,
      action: 'procurement.order.rejected',
      actor: { userId: me.id, name: me.name },
      reason,
      set: { approverUserId: me.id },
    });
    return this.access.get(order.id);
  }

  private assertPending(order: ProcurementOrder, to: ProcurementOrderStatus): void {
    if (order.status !== ProcurementOrderStatus.PENDING_APPROVAL) throw procurementOrderStates.error(order.status, to, '该采购订单不在待审批状态');
  }
}
