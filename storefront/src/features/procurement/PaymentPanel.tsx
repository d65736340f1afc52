import { errorMessage } from '@bangfu/api-client';
import { useState } from 'react';
import { formatFen } from '../../lib/money';
import styles from '../checkout/buy.module.css';
import { useOrderActions, type ProcurementOrder } from './api';
import { formatTime, PAYMENT_METHOD, PAYMENT_STATUS, shanghaiToday } from './labels';

const REFERENCE = /^[\x21-\x7e]{4,64}$/;

/**
 * Payment of the accepted amount: 对公转账 (the buyer records the bank reference and date; the
 * supplier confirms receipt) or 支付宝 (redirect to the cashier, which returns to this order's page).
 * Only an accepted, unpaid order offers it — the server refuses paying anything else (NOT_ACCEPTED).
 */
export function PaymentPanel({ order, waiting }: { order: ProcurementOrder; waiting: boolean }) {
  const { transfer, alipay } = useOrderActions(order.id);
  const [mode, setMode] = useState<'none' | 'transfer'>('none');
  const today = shanghaiToday();
  const [reference, setReference] = useState('');
  const [paidOn, setPaidOn] = useState(today);
  const p = order.payment;
  const payable = order.status === 'ACCEPTED' && p.status === 'UNPAID' && (p.dueFen ?? 0) > 0;
  const refOk = REFERENCE.test(reference.trim());
  const dateOk = !!paidOn && paidOn <= today;

  return (
    <section className={styles.card} aria-labelledby="pay-title">
      <h2 id="pay-title" className={styles.cardTitle}>付款 · {PAYMENT_STATUS[p.status] ?? p.status}</h2>
      <dl className={styles.kv}>
        <dt>应付金额</dt>
        <dd><strong>{p.dueFen == null ? '验收后确定' : formatFen(p.dueFen)}</strong></dd>
        {p.method && (
          <>
            <dt>付款方式</dt>
            <dd>{PAYMENT_METHOD[p.method] ?? p.method}</dd>
          </>
        )}
        {p.transferReference && (
          <>
            <dt>转账流水号</dt>
            <dd>{p.transferReference}{p.transferPaidOn && ` · ${p.transferPaidOn}`}</dd>
          </>
        )}
        {p.status === 'PAID' && (
          <>
            <dt>已付</dt>
            <dd>{p.paidFen == null ? '—' : formatFen(p.paidFen)} · {formatTime(p.paidAt)}</dd>
          </>
        )}
      </dl>
      {waiting && p.status !== 'PAID' && <p role="status" className={styles.notice}>正在确认支付宝付款结果…</p>}
      {!payable && p.status === 'UNPAID' && order.status !== 'CANCELLED' && order.status !== 'REJECTED' && <p className={styles.muted}>验收后才能付款。</p>}
      {payable && mode === 'none' && (
        <div className={styles.actions}>
          <button type="button" className={styles.primary} onClick={() => setMode('transfer')}>对公转账付款</button>
          <button type="button" className={styles.secondary} disabled={alipay.isPending} onClick={() => alipay.mutate()}>
            {alipay.isPending ? '正在前往支付宝…' : '支付宝付款'}
          </button>
        </div>
      )}
      {payable && mode === 'transfer' && (
        <form aria-label="登记对公转账" className={styles.addressForm}
          onSubmit={(e) => { e.preventDefault(); if (refOk && dateOk) transfer.mutate({ reference: reference.trim(), paidOn }, { onSuccess: () => setMode('none') }); }}>
          <p className={styles.muted}>请按应付金额 {formatFen(p.dueFen ?? 0)} 转账至供应商对公账户（见采购合同），然后登记转账信息。</p>
          <div className={styles.field}>
            <label htmlFor="transfer-ref">转账流水号</label>
            <input id="transfer-ref" value={reference} maxLength={64} aria-invalid={(reference !== '' && !refOk) || undefined} onChange={(e) => setReference(e.target.value)} />
            {reference !== '' && !refOk && <span className={styles.fieldError}>流水号为 4–64 位字母、数字或符号</span>}
          </div>
          <div className={styles.field}>
            <label htmlFor="transfer-date">转账日期</label>
            <input id="transfer-date" type="date" value={paidOn} max={today} onChange={(e) => setPaidOn(e.target.value)} />
          </div>
          <div className={styles.formActions}>
            <button type="button" className={styles.danger} onClick={() => setMode('none')}>返回</button>
            <button type="submit" className={styles.primary} disabled={!refOk || !dateOk || transfer.isPending}>提交转账信息</button>
          </div>
        </form>
      )}
      {(transfer.isError || alipay.isError) && <p role="alert" className={styles.alert}>{errorMessage(transfer.error ?? alipay.error)}</p>}
    </section>
  );
}
