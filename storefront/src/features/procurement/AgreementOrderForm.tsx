import { errorMessage, useAuth } from '@bangfu/api-client';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../lib/api';
import { formatFen } from '../../lib/money';
import styles from '../checkout/buy.module.css';
import type { Agreement, AgreementOrderBody, AgreementOrderResult, Canteen, Purpose } from './api';
import { DeliveryFields, deliveryProblem, type DeliveryValue } from './DeliveryFields';
import { deliveryWindow, PROCUREMENT_STATUS } from './labels';
import own from './procurement.module.css';
import { attemptKeys, lineErrors, unwrapRaw } from './submission';

/** Delivery dates both the agreement (its validity) and the shop's rule (tomorrow..90 days) allow. */
export function agreementWindow(a: Pick<Agreement, 'validFrom' | 'validTo'>): { min: string; max: string } {
  const w = deliveryWindow();
  return { min: a.validFrom > w.min ? a.validFrom : w.min, max: a.validTo < w.max ? a.validTo : w.max };
}

export const qtyProblem = (text: string, minQty: number, unit: string): string | null => {
  if (text === '') return null;
  if (!/^\d{1,4}$/.test(text) || Number(text) < 1) return '请输入正整数数量';
  return Number(text) < minQty ? `每单最少 ${minQty}${unit}` : null;
};

/** An order at the agreed prices: any of the agreement's lines, each at least its minimum. */
export function AgreementOrderForm({ agencyId, agreement: a, canteens }: { agencyId: string; agreement: Agreement; canteens: Canteen[] }) {
  const { user } = useAuth();
  const keys = useMemo(() => attemptKeys(`bangfu.storefront.agreementKey.${user?.id ?? ''}`), [user?.id]);
  const dates = useMemo(() => agreementWindow(a), [a]);
  const [qty, setQty] = useState<Record<string, string>>({});
  const [delivery, setDelivery] = useState<DeliveryValue>({ canteenId: '', deliveryDate: dates.min, purpose: 'CANTEEN', note: '' });
  const [result, setResult] = useState<AgreementOrderResult | null>(null);
  const value = { ...delivery, canteenId: delivery.canteenId || canteens[0]?.id || '' };
  const order = useMutation({
    mutationFn: (body: AgreementOrderBody) =>
      unwrapRaw(api.POST('/api/agencies/{agencyId}/agreements/{id}/orders', { params: { path: { agencyId, id: a.id }, header: { 'Idempotency-Key': keys.keyFor(body) } }, body })),
    onSuccess: (r) => {
      keys.forget();
      setQty({});
      setResult(r);
    },
  });
  const serverErrors = order.isError ? lineErrors(order.error) : {};
  const chosen = a.lines.filter((l) => (qty[l.skuId] ?? '') !== '');
  const problem = a.lines.some((l) => qtyProblem(qty[l.skuId] ?? '', l.minQty, l.unit))
    ? '有商品数量低于每单最少数量'
    : chosen.length === 0
      ? '请至少填写一种商品的数量'
      : deliveryProblem(value, canteens, dates.min, dates.max);
  const total = chosen.reduce((s, l) => s + l.priceFen * Number(qty[l.skuId]), 0);

  const submit = () => {
    if (problem || order.isPending) return;
    order.mutate({
      canteenId: value.canteenId,
      deliveryDate: value.deliveryDate,
      purpose: value.purpose as Purpose,
      ...(value.note.trim() ? { note: value.note.trim() } : {}),
      lines: chosen.map((l) => ({ skuId: l.skuId, quantity: Number(qty[l.skuId]) })),
    });
  };

  return (
    <section className={styles.card} aria-labelledby="ag-order">
      <h2 id="ag-order" className={styles.cardTitle}>按协议价下单</h2>
      {result && (
        <div className={styles.success} role="status">
          <h2>已下单</h2>
          {result.orders.map((o) => (
            <p key={o.id}>
              <Link to={`/procurement/orders/${o.id}`}>采购单 {o.orderNo}</Link> · {PROCUREMENT_STATUS[o.status]?.label ?? o.status} · {formatFen(o.goodsFen)}
            </p>
          ))}
        </div>
      )}
      <ul className={own.lines}>
        {a.lines.map((l) => {
          const err = qtyProblem(qty[l.skuId] ?? '', l.minQty, l.unit) ?? serverErrors[l.skuId.toLowerCase()] ?? null;
          return (
            <li key={l.skuId} className={own.line}>
              <div className={own.qtyRow}>
                <span style={{ flex: 1 }}><strong>{l.productName}</strong> {l.spec} · {formatFen(l.priceFen)}/{l.unit}</span>
                <input className={own.qty} type="number" inputMode="numeric" min={l.minQty} placeholder={`≥ ${l.minQty}`}
                  aria-label={`数量 ${l.productName} ${l.spec}`} aria-invalid={err ? true : undefined} value={qty[l.skuId] ?? ''}
                  onChange={(e) => setQty((q) => ({ ...q, [l.skuId]: e.target.value }))} />
                <span>{l.unit}</span>
              </div>
              {err && <span role="alert" className={styles.fieldError}>{err}</span>}
            </li>
          );
        })}
      </ul>
      <DeliveryFields idPrefix="ag" canteens={canteens} value={value} onChange={setDelivery} min={dates.min} max={dates.max} />
      {order.isError && Object.keys(serverErrors).length === 0 && <p role="alert" className={styles.alert}>{errorMessage(order.error)}</p>}
      <div className={styles.actions} style={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <span>协议金额 <strong>{formatFen(total)}</strong>{problem && <><br /><span className={styles.muted}>{problem}</span></>}</span>
        <button type="button" className={styles.primary} disabled={!!problem || order.isPending} onClick={submit}>{order.isPending ? '正在下单…' : '按协议下单'}</button>
      </div>
    </section>
  );
}
