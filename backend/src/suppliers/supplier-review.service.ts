import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log.service';
import { AppError } from '../common/app-error';
import { DomainEvents } from '../common/domain-events';
import { isUniqueViolation } from '../database/dialect';
import { SupplierDetail, SupplierProfileDto } from './dto';
import { SupplierAction } from './supplier-decision.entity';
import './supplier-events';
import { ReviewAction, targetOf } from './supplier-lifecycle';
import { Supplier, SupplierStatus } from './supplier.entity';
import { Actor, duplicateSupplier, profileColumns, SuppliersService } from './suppliers.service';

const AUDIT_VERB: Record<Exclude<ReviewAction, 'RESUBMIT'>, string> = { APPROVE: '准入', REJECT: '驳回', SUSPEND: '暂停', REINSTATE: '恢复' };

const stale = () => AppError.conflict('STALE_STATUS', '供应商状态已被他人修改，请刷新后重试');

/**
 * The admission lifecycle: operators approve, reject, suspend and reinstate; the supplier corrects
 * and resubmits. Each step is a conditional update on the status read (so two operators acting at
 * once cannot both succeed) plus one decision row, in one transaction.
 */
@Injectable()
export class SupplierReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly suppliers: SuppliersService,
    private readonly events: DomainEvents,
    private readonly audit: AuditLog,
  ) {}

  async decide(id: string, action: Exclude<ReviewAction, 'RESUBMIT'>, actor: Actor, reason: string | null = null): Promise<SupplierDetail> {
    const s = await this.suppliers.get(id);
    const to = targetOf(action, s.status);
    const why = reason?.trim() || null;
    await this.dataSource.transaction(async (m) => {
      const res = await m.update(Supplier, { id, status: s.status }, { status: to, statusReason: action === 'APPROVE' ? null : why, updatedAt: new Date() });
      if (!res.affected) throw stale();
      await this.suppliers.record(m, id, SupplierAction[action], s.status, to, why, actor);
      await this.audit.record({
        actor, action: `supplier.${action.toLowerCase()}`, subjectType: 'supplier', subjectId: id, supplierId: id,
        summary: `${AUDIT_VERB[action]}供应商「${s.name}」${why ? `：${why}` : ''}`,
        before: { status: s.status, statusReason: s.statusReason }, after: { status: to, statusReason: action === 'APPROVE' ? null : why },
      }, m);
    });
    // After the commit: the shop's listeners (search) re-read the supplier's products.
    await this.events.publish('suppliers.supplier.statusChanged', { supplierId: id, from: s.status, to });
    return this.suppliers.detail(id);
  }

  /** The supplier corrects its statement: allowed while PENDING or after a rejection; back to PENDING. */
  async resubmit(id: string, dto: SupplierProfileDto, actor: Actor): Promise<SupplierDetail> {
    const s = await this.suppliers.get(id);
    const to = targetOf('RESUBMIT', s.status);
    await this.suppliers.checkProfile(dto, id);
    if (await this.suppliers.isCreditCodeTaken(dto.creditCode, id)) throw duplicateSupplier();
    try {
      await this.dataSource.transaction(async (m) => {
        const res = await m.update(
          Supplier,
          { id, status: s.status },
          { ...profileColumns(dto), status: to, statusReason: null, submittedAt: new Date(), updatedAt: new Date() },
        );
        if (!res.affected) throw stale();
        await this.suppliers.record(m, id, SupplierAction.RESUBMIT, s.status, SupplierStatus.PENDING, null, actor);
        await this.audit.record({ actor, action: 'supplier.resubmit', subjectType: 'supplier', subjectId: id, supplierId: id, summary: `供应商「${dto.name.trim()}」修改并重新提交入驻申请`, before: { status: s.status }, after: { status: SupplierStatus.PENDING } }, m);
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw duplicateSupplier();
      throw err;
    }
    return this.suppliers.detail(id);
  }
}
