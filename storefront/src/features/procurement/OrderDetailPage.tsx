import { errorMessage } from '@bangfu/api-client';
import { useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { formatFen } from '../../lib/money';
import styles from '../checkout/buy.module.css';
import { Loading } from '../misc/Loading';
import { PlaceholderPage } from '../misc/PlaceholderPage';
import { AcceptanceForm } from './AcceptanceForm';
import { downloadContract, useOrderActions, useProcurementOrder, type ProcurementOrder } from './api';
import { BuyerGate } from './BuyerGate';
import { InvoiceCheck } from './InvoiceCheck';
import { EVENT_LABELS, formatTime, PURPOSE_LABELS } from './labels';
import { StatusBadge } from './OrdersListPage';
import { PaymentPanel } from './PaymentPanel';
import own from './procurement.module.css';

/** How long the Alipay return page polls for the payment notification. */
export const PAYMENT_WAIT_MS = 90_000;
const CANCELLABLE = ['PENDING_APPROVAL', 'PENDING_CONFIRMATION'];
const SETTLING = ['ACCEPTED', 'COMPLETED'];

/** /procurement/orders/:id — the order, its history and the actions its status allows; Alipay returns here. */
export function OrderDetailPage() {
  return <BuyerGate>{() => <Detail />}</BuyerGate>;
}

function Detail() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const fromCashier = params.has('out_trade_no') || params.has('trade_no');
  const [started] = useState(() => Date.now());
  const [timedOut, setTimedOut] = useState(false);
  const [poll, setPoll] = useState(fromCashier);
  const order = useProcurementOrder(id, poll && !timedOut);
  const paid = order.data?.payment.status === 'PAID';

  useEffect(() => {
    if (!poll || timedOut) return;
    if (paid) return setPoll(false);
    const t = window.setTimeout(() => setTimedOut(true), Math.max(0, started + PAYMENT_WAIT_MS - Date.now()));
    return () => window.clearTimeout(t);
  }, [poll, timedOut, paid, started]);

  if (order.isPending) return <Loading text="正在加载采购单…" />;
  if (order.isError) {
    const s = (order.error as { status?: number }).status;
    return s === 404 ? <PlaceholderPage title="采购单不存在" text="该采购单不存在，或不属于本单位。" /> : <PlaceholderPage title="加载失败" text={errorMessage(order.error)} />;
  }
  const o = order.data;
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>采购单详情</h1>
      {fromCashier && paid && <p role="status" className={styles.success}>支付宝付款成功</p>}
      {fromCashier && timedOut && !paid && (
        <p role="status" className={styles.notice}>
          暂未收到支付宝的付款通知。若已付款，请稍后刷新。{' '}
          <button type="button" className={styles.linkButton} onClick={() => { setTimedOut(false); void order.refetch(); }}>刷新</button>
        </p>
      )}
      <Summary order={o} />
      <Lines order={o} />
      <Acceptance order={o} />
      {SETTLING.includes(o.status) && <InvoiceCheck order={o} />}
      {o.status !== 'CANCELLED' && o.status !== 'REJECTED' && <PaymentPanel order={o} waiting={fromCashier && poll && !timedOut} />}
      <Delivery order={o} />
      <Timeline order={o} />
      <p><Link to="/procurement/orders">返回我的采购单</Link></p>
    </div>
  );
}

function Summary({ order: o }: { order: ProcurementOrder }) {
  const { cancel } = useOrderActions(o.id);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const [contractError, setContractError] = useState<string | null>(null);
  return (
    <section className={styles.card} aria-labelledby="po-summary">
      <h2 id="po-summary" className={styles.cardTitle}><StatusBadge status={o.status} /> <span className={styles.muted}>{o.statusLabel}</span></h2>
      <dl className={styles.kv}>
        <dt>采购单号</dt>
        <dd>{o.orderNo}</dd>
        <dt>供应商</dt>
        <dd>{o.supplierName}</dd>
        <dt>用途</dt>
        <dd>{PURPOSE_LABELS[o.purpose] ?? o.purpose}{o.agreementId && ' · 定向直供'}</dd>
        <dt>下单人</dt>
        <dd>{o.buyerName} · {formatTime(o.createdAt)}</dd>
        <dt>下单金额</dt>
        <dd>{formatFen(o.goodsFen)}</dd>
        {o.confirmedFen != null && o.confirmedFen !== o.goodsFen && (
          <>
            <dt>成交金额</dt>
            <dd>{formatFen(o.confirmedFen)}</dd>
          </>
        )}
        {o.acceptedFen != null && (
          <>
            <dt>验收金额</dt>
            <dd><strong>{formatFen(o.acceptedFen)}</strong>{o.acceptedPairedFen != null && <span className={styles.muted}>（结对县 {formatFen(o.acceptedPairedFen)}）</span>}</dd>
          </>
        )}
        {o.refundedFen > 0 && (
          <>
            <dt>已退款</dt>
            <dd>{formatFen(o.refundedFen)}</dd>
          </>
        )}
        {o.status === 'PENDING_CONFIRMATION' && o.confirmDeadline && (
          <>
            <dt>确认期限</dt>
            <dd>{formatTime(o.confirmDeadline)} 前供应商未确认将自动取消</dd>
          </>
        )}
        {o.rejectReason && (
          <>
            <dt>驳回原因</dt>
            <dd>{o.rejectReason}</dd>
          </>
        )}
        {o.cancelledAt && (
          <>
            <dt>取消</dt>
            <dd>{formatTime(o.cancelledAt)}{o.cancelReason && ` · ${o.cancelReason}`}</dd>
          </>
        )}
        {o.contractUrl && (
          <>
            <dt>采购合同</dt>
            <dd>
              <button type="button" className={styles.linkButton} style={{ marginTop: 0, padding: 0, minHeight: 0 }}
                onClick={() => { setContractError(null); downloadContract(o.id, o.orderNo).catch((e: unknown) => setContractError(errorMessage(e))); }}>
                下载采购合同 PDF
              </button>
              {contractError && <span role="alert" className={styles.fieldError}> {contractError}</span>}
            </dd>
          </>
        )}
      </dl>
      {CANCELLABLE.includes(o.status) && !cancelling && (
        <div className={styles.actions}>
          <button type="button" className={styles.danger} onClick={() => setCancelling(true)}>取消采购单</button>
        </div>
      )}
      {CANCELLABLE.includes(o.status) && cancelling && (
        <form aria-label="取消采购单" className={styles.addressForm} onSubmit={(e) => { e.preventDefault(); if (reason.trim()) cancel.mutate(reason.trim()); }}>
          <div className={styles.field}>
            <label htmlFor="cancel-reason">取消原因</label>
            <input id="cancel-reason" maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} placeholder="如：需求变更" />
          </div>
          <div className={styles.formActions}>
            <button type="button" className={styles.danger} onClick={() => setCancelling(false)}>返回</button>
            <button type="submit" className={styles.primary} disabled={!reason.trim() || cancel.isPending}>确认取消</button>
          </div>
        </form>
      )}
      {cancel.isError && <p role="alert" className={styles.alert}>{errorMessage(cancel.error)}</p>}
    </section>
  );
}

function Lines({ order: o }: { order: ProcurementOrder }) {
  return (
    <section className={styles.card} aria-labelledby="po-lines">
      <h2 id="po-lines" className={styles.cardTitle}>采购明细</h2>
      <ul className={own.lines}>
        {o.lines.map((l) => (
          <li key={l.id} className={own.line}>
            <div className={own.lineHead}>
              <span><strong>{l.productName}</strong> {l.spec}</span>
              <span>{formatFen(l.lineFen)}</span>
            </div>
            <span className={styles.muted}>
              {l.quantity}{l.unit} ×{' '}
              {l.unitPriceFen < l.listPriceFen && <s className={own.struck} aria-label={`下单价 ${formatFen(l.listPriceFen)}`}>{formatFen(l.listPriceFen)}</s>}
              {formatFen(l.unitPriceFen)}
              {l.unitPriceFen < l.listPriceFen && ' （供应商确认降价）'}
            </span>
            {l.receivedQty != null && (
              <span>
                实收 {l.receivedQty}{l.unit} · 验收 {formatFen(l.acceptedFen ?? 0)}
                {l.shortfallNote && <span className={styles.muted}> · 短缺：{l.shortfallNote}</span>}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Acceptance({ order: o }: { order: ProcurementOrder }) {
  const [open, setOpen] = useState(false);
  if (o.acceptance) {
    const a = o.acceptance;
    return (
      <section className={styles.card} aria-labelledby="po-accept">
        <h2 id="po-accept" className={styles.cardTitle}>验收记录</h2>
        <p>{a.acceptedByName} 于 {formatTime(a.acceptedAt)} 验收，验收金额 <strong>{formatFen(o.acceptedFen ?? 0)}</strong></p>
        {a.note && <p className={styles.muted}>{a.note}</p>}
        {a.photoUrls.length > 0 && (
          <div className={own.photos}>
            {a.photoUrls.map((u, i) => <a key={u} href={u} target="_blank" rel="noreferrer"><img src={u} alt={`验收照片 ${i + 1}`} /></a>)}
          </div>
        )}
      </section>
    );
  }
  if (o.status !== 'SHIPPED') return null;
  return (
    <section className={styles.card} aria-labelledby="po-accept">
      <h2 id="po-accept" className={styles.cardTitle}>到货验收</h2>
      {open ? (
        <AcceptanceForm order={o} onDone={() => setOpen(false)} />
      ) : (
        <>
          <p className={styles.muted}>货到后逐行清点实收数量；验收金额计入本单位预留份额，也是应付金额。</p>
          <button type="button" className={styles.primary} onClick={() => setOpen(true)}>验收</button>
        </>
      )}
    </section>
  );
}

function Delivery({ order: o }: { order: ProcurementOrder }) {
  return (
    <section className={styles.card} aria-labelledby="po-delivery">
      <h2 id="po-delivery" className={styles.cardTitle}>收货信息</h2>
      <dl className={styles.kv}>
        <dt>食堂</dt>
        <dd>{o.canteenName}</dd>
        <dt>送达日期</dt>
        <dd>{o.deliveryDate}</dd>
        <dt>地址</dt>
        <dd>{o.deliveryAddress}</dd>
        <dt>联系人</dt>
        <dd>{o.contactName} {o.contactPhone}</dd>
        {o.buyerNote && (
          <>
            <dt>备注</dt>
            <dd>{o.buyerNote}</dd>
          </>
        )}
        {o.shippedAt && (
          <>
            <dt>发货</dt>
            <dd>{formatTime(o.shippedAt)} · {o.carrier}{o.trackingNo && ` ${o.trackingNo}`}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

function Timeline({ order: o }: { order: ProcurementOrder }) {
  return (
    <section className={styles.card} aria-labelledby="po-history">
      <h2 id="po-history" className={styles.cardTitle}>订单记录</h2>
      <ol className={styles.timeline}>
        {o.events.map((e, i) => (
          <li key={`${e.at}-${i}`}>
            <strong>{EVENT_LABELS[e.type] ?? e.type}</strong>
            <br />
            <span className={styles.muted}>
              <time dateTime={e.at}>{formatTime(e.at)}</time> · {e.actorName}
              {e.note && ` · ${e.note}`}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
