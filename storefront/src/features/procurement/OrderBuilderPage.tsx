import { errorMessage } from '@bangfu/api-client';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../lib/api';
import { formatFen } from '../../lib/money';
import styles from '../checkout/buy.module.css';
import { Loading } from '../misc/Loading';
import { useAgency, type Canteen, type Purpose, type SubmitBody, type SubmitResult } from './api';
import { BuyerGate, type Buyer } from './BuyerGate';
import { DeliveryFields, deliveryProblem, type DeliveryValue } from './DeliveryFields';
import { deliveryWindow, PROCUREMENT_STATUS } from './labels';
import own from './procurement.module.css';
import { belowMinimum, useProcurementCart, type ProcurementCartLine } from './procurementCart';
import { ProductPicker } from './ProductPicker';
import { attemptKeys, lineErrors, unwrapRaw } from './submission';

/** /procurement/new — build a procurement order in bulk quantities and submit it (one order per supplier). */
export function OrderBuilderPage() {
  return <BuyerGate>{(buyer) => <Builder buyer={buyer} />}</BuyerGate>;
}

const isQty = (s: string) => /^\d{1,6}$/.test(s) && Number(s) > 0;

function Builder({ buyer }: { buyer: Buyer }) {
  const userId = buyer.user.id;
  const agency = useAgency(buyer.agencyId);
  const cart = useProcurementCart(userId);
  const keys = useMemo(() => attemptKeys(`bangfu.storefront.procurementKey.${userId}`), [userId]);
  const dates = useMemo(() => deliveryWindow(), []);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [delivery, setDelivery] = useState<DeliveryValue>({ canteenId: '', deliveryDate: dates.min, purpose: 'CANTEEN', note: '' });
  const [result, setResult] = useState<SubmitResult | null>(null);
  const canteens: Canteen[] = agency.data?.canteens ?? [];
  const chosen = delivery.canteenId || canteens[0]?.id || '';
  const value = { ...delivery, canteenId: chosen };

  const submit = useMutation({
    mutationFn: (body: SubmitBody) =>
      unwrapRaw(api.POST('/api/procurement/orders', { params: { header: { 'Idempotency-Key': keys.keyFor(body) } }, body })),
    onSuccess: (r) => {
      keys.forget();
      cart.clear();
      setDrafts({});
      setResult(r);
    },
  });
  const serverLineErrors = submit.isError ? lineErrors(submit.error) : {};

  if (result) return <Submitted result={result} onAgain={() => { setResult(null); submit.reset(); }} />;
  if (agency.isPending) return <Loading />;

  const lineProblem = (l: ProcurementCartLine): string | null => {
    const d = drafts[l.skuId];
    if (d !== undefined && !isQty(d)) return '请输入正整数数量';
    if (belowMinimum(l)) return `低于起订量 ${l.agencyMinQty}${l.unit}`;
    return null;
  };
  const problem = cart.lines.length === 0 ? '请先选择商品' : cart.lines.some(lineProblem) ? '有商品数量低于起订量' : deliveryProblem(value, canteens, dates.min, dates.max);
  const totalFen = cart.lines.reduce((s, l) => s + l.priceFen * l.quantity, 0);
  const groups = groupBySupplier(cart.lines);
  const lineErrorShownInLine = Object.keys(serverLineErrors).some((id) => cart.lines.some((l) => l.skuId.toLowerCase() === id));

  const onSubmit = () => {
    if (problem || submit.isPending) return;
    const body: SubmitBody = {
      canteenId: value.canteenId,
      purpose: value.purpose as Purpose,
      deliveryDate: value.deliveryDate,
      ...(value.note.trim() ? { note: value.note.trim() } : {}),
      lines: cart.lines.map((l) => ({ skuId: l.skuId, quantity: l.quantity })),
    };
    submit.mutate(body);
  };

  return (
    <div className={styles.page}>
      <h1 className={styles.title}>新建采购单</h1>
      <ProductPicker onAdd={cart.add} inCart={new Set(cart.lines.map((l) => l.skuId))} />
      <section className={styles.card} aria-labelledby="lines-title">
        <h2 id="lines-title" className={styles.cardTitle}>采购清单</h2>
        {cart.lines.length === 0 ? (
          <p className={styles.muted}>还没有商品。搜索并展开商品，选择规格加入采购单；数量默认为该规格的单位起订量。</p>
        ) : (
          groups.map(([supplierName, lines]) => (
            <div key={supplierName} className={styles.part}>
              <h3 className={styles.partTitle}>{supplierName}</h3>
              <ul className={own.lines}>
                {lines.map((l) => {
                  const label = `${l.productName} ${l.spec}`;
                  const err = lineProblem(l) ?? serverLineErrors[l.skuId.toLowerCase()] ?? null;
                  const errId = `err-${l.skuId}`;
                  return (
                    <li key={l.skuId} className={own.line}>
                      <div className={own.lineHead}>
                        <span><strong>{l.productName}</strong> {l.spec}</span>
                        <span>{formatFen(l.priceFen * l.quantity)}</span>
                      </div>
                      <div className={own.qtyRow}>
                        <input
                          className={own.qty}
                          type="number"
                          inputMode="numeric"
                          min={l.agencyMinQty}
                          step={1}
                          aria-label={`采购数量 ${label}`}
                          aria-invalid={err ? true : undefined}
                          aria-describedby={err ? errId : undefined}
                          value={drafts[l.skuId] ?? String(l.quantity)}
                          onChange={(e) => {
                            const v = e.target.value;
                            setDrafts((d) => ({ ...d, [l.skuId]: v }));
                            if (isQty(v)) cart.setQty(l.skuId, Number(v));
                          }}
                        />
                        <span>{l.unit} × {formatFen(l.priceFen)}</span>
                        <span className={own.min}>起订量 {l.agencyMinQty}</span>
                        <button type="button" className={styles.linkButton} style={{ marginTop: 0 }} aria-label={`移除 ${label}`} onClick={() => cart.remove(l.skuId)}>移除</button>
                      </div>
                      {err && <span id={errId} role="alert" className={styles.fieldError}>{err}</span>}
                    </li>
                  );
                })}
              </ul>
            </div>
          ))
        )}
        {groups.length > 1 && <p className={styles.muted}>不同供应商的商品将拆分为 {groups.length} 张采购单。</p>}
      </section>
      <section className={styles.card} aria-labelledby="delivery-title">
        <h2 id="delivery-title" className={styles.cardTitle}>收货与用途</h2>
        {agency.isError && <p role="alert" className={styles.alert}>{errorMessage(agency.error)}</p>}
        <DeliveryFields canteens={canteens} value={value} onChange={setDelivery} min={dates.min} max={dates.max} />
      </section>
      {submit.isError && !lineErrorShownInLine && <p role="alert" className={styles.alert}>{errorMessage(submit.error)}</p>}
      <div className={styles.submitBar}>
        <span>
          参考金额 <strong className={styles.payable}>{formatFen(totalFen)}</strong>
          <br />
          <span className={styles.muted}>{problem ?? '以提交时的价格为准'}</span>
        </span>
        <button type="button" className={styles.submit} disabled={!!problem || submit.isPending} onClick={onSubmit}>
          {submit.isPending ? '正在提交…' : '提交采购单'}
        </button>
      </div>
    </div>
  );
}

function groupBySupplier(lines: ProcurementCartLine[]): [string, ProcurementCartLine[]][] {
  const m = new Map<string, ProcurementCartLine[]>();
  for (const l of lines) m.set(l.supplierName, [...(m.get(l.supplierName) ?? []), l]);
  return [...m.entries()];
}

const NEXT_STEP: Record<string, string> = {
  PENDING_APPROVAL: '等待本单位审批人审批',
  PENDING_CONFIRMATION: '无需审批，等待供应商确认',
};

function Submitted({ result, onAgain }: { result: SubmitResult; onAgain: () => void }) {
  return (
    <div className={styles.page}>
      <section className={styles.success} role="status">
        <h2>采购单已提交</h2>
        <p>共 {result.orders.length} 张采购单（每个供应商一张）。</p>
      </section>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label="已提交的采购单">
        {result.orders.map((o) => (
          <li key={o.id} className={styles.card}>
            <div className={styles.orderHead}>
              <span>采购单 {o.orderNo}</span>
              <span className={`${styles.badge} ${styles[`tone-${PROCUREMENT_STATUS[o.status]?.tone ?? 'off'}`]}`}>{PROCUREMENT_STATUS[o.status]?.label ?? o.statusLabel}</span>
            </div>
            <p className={styles.orderName}>{o.supplierName}</p>
            <p className={styles.muted}>{NEXT_STEP[o.status] ?? o.statusLabel} · 金额 {formatFen(o.goodsFen)} · 送达 {o.deliveryDate}</p>
            <Link to={`/procurement/orders/${o.id}`}>查看采购单 {o.orderNo}</Link>
          </li>
        ))}
      </ul>
      <div className={styles.actions}>
        <Link to="/procurement/orders" className={styles.secondary} style={{ display: 'inline-flex', alignItems: 'center', textDecoration: 'none' }}>我的采购单</Link>
        <button type="button" className={styles.secondary} onClick={onAgain}>继续新建</button>
      </div>
    </div>
  );
}
