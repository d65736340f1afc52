import { errorMessage } from '@bangfu/api-client';
import { useState } from 'react';
import { formatFen } from '../../lib/money';
import styles from '../checkout/buy.module.css';
import { useOrderActions, type ProcurementOrder } from './api';
import { formatTime, INVOICE_STATUS } from './labels';

/** 验票: the supplier's invoice for the accepted amount; the buyer passes it or sends it back with a reason. */
export function InvoiceCheck({ order }: { order: ProcurementOrder }) {
  const { verifyInvoice, rejectInvoice } = useOrderActions(order.id);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const invoice = order.invoices[0];
  const due = order.payment.dueFen;
  const canCheck = order.status === 'ACCEPTED' && invoice?.status === 'SUBMITTED';
  return (
    <section className={styles.card} aria-labelledby="invoice-title">
      <h2 id="invoice-title" className={styles.cardTitle}>发票 · {INVOICE_STATUS[order.invoiceStatus] ?? order.invoiceStatus}</h2>
      {!invoice ? (
        <p className={styles.muted}>供应商尚未开具发票。验收后供应商按验收金额开票。</p>
      ) : (
        <>
          <dl className={styles.kv}>
            <dt>发票号码</dt>
            <dd>{invoice.invoiceNo}</dd>
            <dt>发票金额</dt>
            <dd>
              {formatFen(invoice.amountFen)}
              {due != null && invoice.amountFen !== due && <span className={styles.fieldError}>（与应付金额 {formatFen(due)} 不一致）</span>}
            </dd>
            <dt>开票时间</dt>
            <dd>{formatTime(invoice.submittedAt)}</dd>
            <dt>发票文件</dt>
            <dd><a href={invoice.fileUrl} target="_blank" rel="noreferrer">查看发票 PDF</a></dd>
            {invoice.rejectReason && (
              <>
                <dt>退回原因</dt>
                <dd>{invoice.rejectReason}</dd>
              </>
            )}
          </dl>
          {canCheck && !rejecting && (
            <div className={styles.actions}>
              <button type="button" className={styles.primary} disabled={verifyInvoice.isPending} onClick={() => verifyInvoice.mutate()}>验票通过</button>
              <button type="button" className={styles.danger} onClick={() => setRejecting(true)}>退回</button>
            </div>
          )}
          {canCheck && rejecting && (
            <form aria-label="退回发票" className={styles.addressForm} onSubmit={(e) => { e.preventDefault(); if (reason.trim()) rejectInvoice.mutate(reason.trim(), { onSuccess: () => setRejecting(false) }); }}>
              <div className={styles.field}>
                <label htmlFor="invoice-reason">退回原因</label>
                <input id="invoice-reason" maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} placeholder="如：金额与验收金额不符、抬头有误" />
              </div>
              <div className={styles.formActions}>
                <button type="button" className={styles.danger} onClick={() => setRejecting(false)}>返回</button>
                <button type="submit" className={styles.primary} disabled={!reason.trim() || rejectInvoice.isPending}>确认退回</button>
              </div>
            </form>
          )}
        </>
      )}
      {(verifyInvoice.isError || rejectInvoice.isError) && <p role="alert" className={styles.alert}>{errorMessage(verifyInvoice.error ?? rejectInvoice.error)}</p>}
    </section>
  );
}
