import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog } from '../../audit/audit-log.service';
import { AppError } from '../../common/app-error';
import { inTransaction } from '../../database/transaction';
import { FilesService } from '../../files/files.service';
import { Principal } from '../../identity/principal';
import { OrderAccess } from './order-access.service';
import { OrderCompletion } from './order-completion.service';
import { concurrentChange, recordEvent, SUBJECT, updateVersioned } from './order-store';
import { ProcurementInvoice } from './procurement-invoice.entity';
import { ProcurementEventType } from './procurement-order-event.entity';
import { ProcurementOrder } from './procurement-order.entity';
import { InvoiceStatus, ProcurementOrderStatus } from './procurement-order-status';

/** 数电票 numbers have 20 digits, 普票 (the older paper/e-invoice) numbers 8. */
export const INVOICE_NO = /^(\d{8}|\d{20})$/;

export const notAccepted = () => AppError.conflict('NOT_ACCEPTED', '采购订单尚未验收，不能开票或付款');

/**
 * Invoices (验票): after acceptance the supplier records the fapiao for exactly the amount due
 * (accepted − refunded) with its PDF; the buyer verifies or rejects it, and a rejected one may be
 * submitted again.
 */
@Injectable()
export class OrderInvoices {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: OrderAccess,
    private readonly files: FilesService,
    private readonly completion: OrderCompletion,
    private readonly audit: AuditLog,
  ) {}

  async submit(me: Principal, supplierId: string, id: string, input: { invoiceNo: string; amountFen: number; fileId: string }): Promise<ProcurementOrder> {
    const order = await this.access.forSupplier(supplierId, id);
    if (order.status !== ProcurementOrderStatus.ACCEPTED) {
      if (order.status === ProcurementOrderStatus.COMPLETED) throw AppError.conflict('INVOICE_ALREADY_VERIFIED', '该订单的发票已验票通过');
      throw notAccepted();
    }
    if (order.invoiceStatus === InvoiceStatus.SUBMITTED) throw AppError.conflict('INVOICE_PENDING', '已提交的发票正在等待采购方验票');
    if (order.invoiceStatus === InvoiceStatus.VERIFIED) throw AppError.conflict('INVOICE_ALREADY_VERIFIED', '该订单的发票已验票通过');
    if (!INVOICE_NO.test(input.invoiceNo)) throw AppError.badRequest('INVALID_INVOICE_NO', '发票号码必须是 20 位（数电票）或 8 位（普票）数字');
    const due = (order.acceptedFen ?? 0) - order.refundedFen;
    if (input.amountFen !== due) throw AppError.badRequest('INVOICE_AMOUNT_MISMATCH', `发票金额必须等于验收金额减去已退款金额：${due} 分`, { expectedFen: due, amountFen: input.amountFen });
    await this.files.requireFile(input.fileId, { kinds: ['pdf'], supplierId });
    const actor = { userId: me.id, name: me.name };
    const now = new Date();
    const won = await inTransaction(this.dataSource, async (m) => {
      if (!(await updateVersioned(m, order, { invoiceStatus: InvoiceStatus.SUBMITTED }))) return false;
      await m.save(m.create(ProcurementInvoice, { orderId: order.id, invoiceNo: input.invoiceNo, amountFen: input.amountFen, fileId: input.fileId, status: InvoiceStatus.SUBMITTED, submittedByUserId: me.id, decidedByUserId: null, decidedAt: null, rejectReason: null }));
      await recordEvent(m, { orderId: order.id, type: ProcurementEventType.INVOICE_SUBMITTED, actor, note: `发票号 ${input.invoiceNo}，金额 ${input.amountFen} 分`, at: now });
      await this.audit.record(
        { actor, action: 'procurement.invoice.submitted', subjectType: SUBJECT, subjectId: order.id, summary: `采购订单 ${order.orderNo} 提交发票 ${input.invoiceNo}`, after: { invoiceNo: input.invoiceNo, amountFen: input.amountFen, fileId: input.fileId }, agencyId: order.agencyId, supplierId: order.supplierId },
        m,
      );
      return true;
    });
    if (!won) throw concurrentChange();
    return this.access.get(order.id);
  }

  verify(me: Principal, id: string): Promise<ProcurementOrder> {
    return this.decide(me, id, InvoiceStatus.VERIFIED, null);
  }

  reject(me: Principal, id: string, reason: string): Promise<ProcurementOrder> {
    return this.decide(me, id, InvoiceStatus.REJECTED, reason);
  }

  /** The latest invoice of an order (history: all of them, newest first). */
  history(orderId: string): Promise<ProcurementInvoice[]> {
    return this.dataSource.getRepository(ProcurementInvoice).find({ where: { orderId }, order: { createdAt: 'DESC' } });
  }

  private async decide(me: Principal, id: string, to: InvoiceStatus.VERIFIED | InvoiceStatus.REJECTED, reason: string | null): Promise<ProcurementOrder> {
    const order = await this.access.forAgencyMember(me, id);
    if (order.invoiceStatus !== InvoiceStatus.SUBMITTED) throw AppError.conflict('NO_INVOICE_TO_CHECK', '没有待验票的发票');
    const [invoice] = await this.history(order.id);
    if (to === InvoiceStatus.VERIFIED && invoice.amountFen !== (order.acceptedFen ?? 0) - order.refundedFen) {
      throw AppError.conflict('INVOICE_AMOUNT_OUTDATED', '发票提交后又发生了退款，金额已不符，请驳回并让供应商重新开票');
    }
    const actor = { userId: me.id, name: me.name };
    const now = new Date();
    const won = await inTransaction(this.dataSource, async (m) => {
      if (!(await updateVersioned(m, order, { invoiceStatus: to }))) return false;
      await m.update(ProcurementInvoice, { id: invoice.id, status: InvoiceStatus.SUBMITTED }, { status: to, decidedByUserId: me.id, decidedAt: now, rejectReason: reason?.slice(0, 200) ?? null, updatedAt: now });
      const type = to === InvoiceStatus.VERIFIED ? ProcurementEventType.INVOICE_VERIFIED : ProcurementEventType.INVOICE_REJECTED;
      await recordEvent(m, { orderId: order.id, type, actor, note: reason ? `发票 ${invoice.invoiceNo} 被驳回：${reason}` : `发票 ${invoice.invoiceNo} 验票通过`, at: now });
      await this.audit.record(
        {
          actor,
          action: to === InvoiceStatus.VERIFIED ? 'procurement.invoice.verified' : 'procurement.invoice.rejected',
          subjectType: SUBJECT,
          subjectId: order.id,
          summary: `采购订单 ${order.orderNo} 发票 ${invoice.invoiceNo} ${to === InvoiceStatus.VERIFIED ? '验票通过' : `被驳回：${reason}`}`,
          before: { invoiceStatus: order.invoiceStatus },
          after: { invoiceStatus: to, invoiceNo: invoice.invoiceNo, amountFen: invoice.amountFen },
          agencyId: order.agencyId,
          supplierId: order.supplierId,
        },
        m,
      );
      return true;
    });
    if (!won) throw concurrentChange();
    if (to === InvoiceStatus.VERIFIED) await this.completion.tryComplete(order.id, actor);
    return this.access.get(order.id);
  }
}
