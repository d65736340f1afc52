import { errorMessage } from '@bangfu/api-client';
import { useState } from 'react';
import styles from '../checkout/buy.module.css';
import { qtyProblem } from './AgreementOrderForm';
import { useStandingActions, useStandingOrders, type Agreement, type Canteen, type StandingOrder } from './api';
import { WEEKDAYS } from './labels';
import own from './procurement.module.css';

/** Standing weekly orders (周期订单): placed automatically leadDays before the weekday, at the agreed prices. */
export function StandingOrders({ agencyId, agreement: a, canteens }: { agencyId: string; agreement: Agreement; canteens: Canteen[] }) {
  const list = useStandingOrders(agencyId, a.id);
  const actions = useStandingActions(agencyId, a.id);
  const [creating, setCreating] = useState(false);
  const name = (skuId: string) => {
    const l = a.lines.find((x) => x.skuId === skuId);
    return l ? `${l.productName} ${l.spec}` : '已移出协议的商品';
  };
  return (
    <section className={styles.card} aria-labelledby="standing-title">
      <h2 id="standing-title" className={styles.cardTitle}>每周周期订单</h2>
      {list.isPending ? (
        <p className={styles.muted}>正在加载…</p>
      ) : list.isError ? (
        <p role="alert" className={styles.alert}>{errorMessage(list.error)}</p>
      ) : list.data.length === 0 ? (
        <p className={styles.muted}>尚未设置周期订单。设置后每周按协议价自动下单，无需重复填写。</p>
      ) : (
        <ul className={own.lines} aria-label="周期订单列表">
          {list.data.map((so) => <Standing key={so.id} so={so} name={name} canteens={canteens} onToggle={(active) => actions.setActive.mutate({ soId: so.id, active })} busy={actions.setActive.isPending} />)}
        </ul>
      )}
      {actions.setActive.isError && <p role="alert" className={styles.alert}>{errorMessage(actions.setActive.error)}</p>}
      {creating ? (
        <CreateForm agreement={a} canteens={canteens} onCancel={() => setCreating(false)}
          onCreate={(body) => actions.create.mutate(body, { onSuccess: () => setCreating(false) })} pending={actions.create.isPending} error={actions.create.error} />
      ) : (
        <button type="button" className={styles.secondary} onClick={() => { actions.create.reset(); setCreating(true); }}>新建周期订单</button>
      )}
    </section>
  );
}

function Standing({ so, name, canteens, onToggle, busy }: { so: StandingOrder; name: (skuId: string) => string; canteens: Canteen[]; onToggle: (active: boolean) => void; busy: boolean }) {
  const when = `每${WEEKDAYS[so.weekday - 1]}送达`;
  return (
    <li className={own.line}>
      <div className={own.lineHead}>
        <strong>{when} · 提前 {so.leadDays} 天下单</strong>
        <span className={`${styles.badge} ${styles[so.active ? 'tone-ok' : 'tone-off']}`}>{so.active ? '执行中' : '已暂停'}</span>
      </div>
      <span className={styles.muted}>{canteens.find((c) => c.id === so.canteenId)?.name ?? '食堂'} · {so.lines.map((l) => `${name(l.skuId)} × ${l.quantity}`).join('，')}</span>
      {so.active && <span className={styles.muted}>下次下单 {so.nextOrderDate}，送达 {so.nextDeliveryDate}</span>}
      {so.lastOrderNo && <span className={styles.muted}>上次下单：{so.lastOrderNo}（送达 {so.lastDeliveryDate}）</span>}
      {so.lastError && <span className={styles.fieldError}>上次自动下单失败：{so.lastError}</span>}
      {so.stoppedReason && <span className={styles.muted}>停止原因：{so.stoppedReason}</span>}
      <div>
        <button type="button" className={styles.secondary} disabled={busy} aria-label={`${so.active ? '暂停' : '恢复'}周期订单（${when}）`} onClick={() => onToggle(!so.active)}>
          {so.active ? '暂停' : '恢复'}
        </button>
      </div>
    </li>
  );
}

type CreateBody = Parameters<ReturnType<typeof useStandingActions>['create']['mutate']>[0];

function CreateForm({ agreement: a, canteens, onCreate, onCancel, pending, error }: {
  agreement: Agreement;
  canteens: Canteen[];
  onCreate: (body: CreateBody) => void;
  onCancel: () => void;
  pending: boolean;
  error: unknown;
}) {
  const [canteenId, setCanteenId] = useState(canteens[0]?.id ?? '');
  const [weekday, setWeekday] = useState(1);
  const [leadDays, setLeadDays] = useState(2);
  const [qty, setQty] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const chosen = a.lines.filter((l) => (qty[l.skuId] ?? '') !== '');
  const problem = a.lines.some((l) => qtyProblem(qty[l.skuId] ?? '', l.minQty, l.unit)) ? '有商品数量低于每单最少数量' : chosen.length === 0 ? '请至少填写一种商品的每周数量' : !canteenId ? '请选择收货食堂' : null;
  return (
    <form aria-label="新建周期订单" className={styles.addressForm}
      onSubmit={(e) => {
        e.preventDefault();
        if (problem || pending) return;
        onCreate({ canteenId, weekday, leadDays, lines: chosen.map((l) => ({ skuId: l.skuId, quantity: Number(qty[l.skuId]) })), ...(note.trim() ? { note: note.trim() } : {}) });
      }}>
      <div className={styles.field}>
        <label htmlFor="so-canteen">收货食堂</label>
        <select id="so-canteen" value={canteenId} onChange={(e) => setCanteenId(e.target.value)}>
          {canteens.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor="so-weekday">每周送达日</label>
        <select id="so-weekday" value={weekday} onChange={(e) => setWeekday(Number(e.target.value))}>
          {WEEKDAYS.map((w, i) => <option key={w} value={i + 1}>{w}</option>)}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor="so-lead">提前下单天数</label>
        <select id="so-lead" value={leadDays} onChange={(e) => setLeadDays(Number(e.target.value))}>
          {[1, 2, 3, 4, 5, 6].map((n) => <option key={n} value={n}>提前 {n} 天</option>)}
        </select>
      </div>
      <ul className={own.lines}>
        {a.lines.map((l) => {
          const err = qtyProblem(qty[l.skuId] ?? '', l.minQty, l.unit);
          return (
            <li key={l.skuId} className={own.line}>
              <div className={own.qtyRow}>
                <span style={{ flex: 1 }}>{l.productName} {l.spec}</span>
                <input className={own.qty} type="number" inputMode="numeric" min={l.minQty} placeholder={`≥ ${l.minQty}`}
                  aria-label={`每周数量 ${l.productName} ${l.spec}`} aria-invalid={err ? true : undefined} value={qty[l.skuId] ?? ''}
                  onChange={(e) => setQty((q) => ({ ...q, [l.skuId]: e.target.value }))} />
                <span>{l.unit}</span>
              </div>
              {err && <span role="alert" className={styles.fieldError}>{err}</span>}
            </li>
          );
        })}
      </ul>
      <div className={styles.field}>
        <label htmlFor="so-note">备注（选填）</label>
        <input id="so-note" maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      {!!error && <p role="alert" className={styles.alert}>{errorMessage(error)}</p>}
      {problem && <p className={styles.muted}>{problem}</p>}
      <div className={styles.formActions}>
        <button type="button" className={styles.danger} onClick={onCancel}>返回</button>
        <button type="submit" className={styles.primary} disabled={!!problem || pending}>创建周期订单</button>
      </div>
    </form>
  );
}
