import { errorMessage } from '@bangfu/api-client';
import { useEffect, useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router-dom';
import { formatFen } from '../../lib/money';
import styles from '../checkout/buy.module.css';
import { Loading } from '../misc/Loading';
import { PlaceholderPage } from '../misc/PlaceholderPage';
import { useOrder, useOrderActions, type Order, type Part } from './api';
import { ACTOR_LABELS, EVENT_LABELS, formatTime, ORDER_STATUS, REFUND_KIND, REFUND_STATUS, spacedOrderNo } from './labels';
import { PaymentWait } from './PaymentWait';
import { RefundForm } from './RefundForm';

/** How long the return page polls before it says the notification is late. */
export const PAYMENT_WAIT_MS = 90_000;

export function StatusBadge({ status }: { status: string }) {
  const s = ORDER_STATUS[status] ?? { label: status, tone: 'off' as const };
  return <span className={`${styles.badge} ${styles[`tone-${s.tone}`]}`}>{s.label}</span>;
}

/**
 * /orders/:id — the order, and the page Alipay returns to (`?out_trade_no=…`): while the payment
 * notification has not arrived it polls GET /api/orders/:id, then shows 已支付.
 */
export function OrderDetailPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const location = useLocation();
  const fromCashier = params.has('out_trade_no') || params.has('trade_no');
  const [started] = useState(() => Date.now());
  const [timedOut, setTimedOut] = useState(false);
  const [poll, setPoll] = useState(fromCashier);
  const order = useOrder(id, poll && !timedOut);
  const status = order.data?.status;

  useEffect(() => {
    if (!poll || timedOut) return;
    if (status && status !== 'PENDING_PAYMENT') return setPoll(false);
    const t = window.setTimeout(() => setTimedOut(true), Math.max(0, started + PAYMENT_WAIT_MS - Date.now()));
    return () => window.clearTimeout(t);
  }, [poll, timedOut, status, started]);

  if (order.isPending) return <Loading text="正在加载订单…" />;
  if (order.isError) {
    const s = (order.error as { status?: number }).status;
    return s === 404 ? <PlaceholderPage title="订单不存在" text="该订单不存在，或不属于当前账号。" /> : <PlaceholderPage title="加载失败" text={errorMessage(order.error)} />;
  }
  const o = order.data;
  const refresh = () => {
    setTimedOut(false);
    void order.refetch();
  };
  const payError = (location.state as { payError?: string } | null)?.payError;
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>订单详情</h1>
      <PaymentWait order={o} waiting={fromCashier && poll && !timedOut} timedOut={fromCashier && timedOut} onRefresh={refresh} refreshing={order.isFetching} />
      {payError && o.status === 'PENDING_PAYMENT' && <p role="alert" className={styles.alert}>订单已提交，但未能打开支付宝：{payError}。请点「去支付」重试。</p>}
      <Summary order={o} />
      {o.supplierOrders.map((p) => <PartCard key={p.id} order={o} part={p} />)}
      <section className={styles.card} aria-labelledby="od-address">
        <h2 id="od-address" className={styles.cardTitle}>收货信息</h2>
        <p>{o.address.name} {o.address.phone}<br /><span className={styles.muted}>{o.address.region} {o.address.detail}</span></p>
      </section>
      <section className={styles.card} aria-labelledby="od-history">
        <h2 id="od-history" className={styles.cardTitle}>订单记录</h2>
        <ol className={styles.timeline}>
          {o.events.map((e, i) => {
            const part = e.supplierOrderId ? o.supplierOrders.find((p) => p.id === e.supplierOrderId) : null;
            return (
              <li key={`${e.at}-${i}`}>
                <strong>{EVENT_LABELS[e.type] ?? e.type}</strong>
                {part && <span className={styles.muted}> · {part.supplier.name}</span>}
                <br />
                <span className={styles.muted}>
                  <time dateTime={e.at}>{formatTime(e.at)}</time> · {e.actorName ?? ACTOR_LABELS[e.actor] ?? e.actor}
                  {e.note && ` · ${e.note}`}
                </span>
              </li>
            );
          })}
        </ol>
      </section>
      <p><Link to="/orders">返回我的订单</Link></p>
    </div>
  );
}

function Summary({ order: o }: { order: Order }) {
  const actions = useOrderActions(o.id);
  const pending = o.status === 'PENDING_PAYMENT';
  return (
    <section className={styles.card} aria-labelledby="od-summary">
      <h2 id="od-summary" className={styles.cardTitle}>
        <StatusBadge status={o.status} />
      </h2>
      <dl className={styles.kv}>
        <dt>订单号</dt>
        <dd>{spacedOrderNo(o.orderNo)}</dd>
        <dt>下单时间</dt>
        <dd>{formatTime(o.createdAt)}</dd>
        <dt>商品金额</dt>
        <dd>{formatFen(o.totalFen)}</dd>
        {o.discountFen > 0 && (
          <>
            <dt>工会券优惠</dt>
            <dd>-{formatFen(o.discountFen)}{o.couponFundedBy && <span className={styles.muted}>（{o.couponFundedBy}出资）</span>}</dd>
          </>
        )}
        <dt>{o.paidAt ? '实付' : '应付'}</dt>
        <dd><strong>{formatFen(o.payableFen)}</strong></dd>
        {o.paidAt && (
          <>
            <dt>支付</dt>
            <dd>已支付 · 支付宝 · {formatTime(o.paidAt)}</dd>
          </>
        )}
        {o.refundedFen > 0 && (
          <>
            <dt>已退款</dt>
            <dd>{formatFen(o.refundedFen)}</dd>
          </>
        )}
        {pending && (
          <>
            <dt>支付期限</dt>
            <dd>{formatTime(o.expiresAt)} 前未支付将自动取消</dd>
          </>
        )}
        {o.cancelledAt && (
          <>
            <dt>取消</dt>
            <dd>{formatTime(o.cancelledAt)}{o.cancelReason && ` · ${o.cancelReason}`}</dd>
          </>
        )}
      </dl>
      {pending && (
        <div className={styles.actions}>
          <button type="button" className={styles.primary} onClick={() => actions.pay.mutate()} disabled={actions.pay.isPending}>
            {actions.pay.isPending ? '正在前往支付宝…' : '去支付'}
          </button>
          <button type="button" className={styles.danger} disabled={actions.cancel.isPending}
            onClick={() => window.confirm('确定取消该订单？库存与工会券将退回。') && actions.cancel.mutate('买家取消')}>
            取消订单
          </button>
        </div>
      )}
      {(actions.pay.isError || actions.cancel.isError) && <p role="alert" className={styles.alert}>{errorMessage(actions.pay.error ?? actions.cancel.error)}</p>}
    </section>
  );
}

function PartCard({ order, part }: { order: Order; part: Part }) {
  const actions = useOrderActions(order.id);
  const [refunding, setRefunding] = useState(false);
  const items = order.items.filter((i) => i.supplierOrderId === part.id);
  const refunds = order.refunds.filter((r) => r.supplierOrderId === part.id);
  const canRefund = ['PAID', 'PARTIALLY_SHIPPED', 'SHIPPED', 'COMPLETED'].includes(part.status) && !part.openRefundId && items.some((i) => i.quantity > i.refundedQty);
  const titleId = `part-${part.id}`;
  return (
    <section className={styles.card} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.cardTitle}>
        {part.supplier.name} <StatusBadge status={part.status} />
      </h2>
      <p className={styles.muted}>子订单号 {part.subOrderNo}</p>
      <ul className={styles.items}>
        {items.map((i) => (
          <li key={i.id}>
            <span>{i.productName} · {i.spec}</span>
            <span className={styles.muted}>
              {formatFen(i.unitPriceFen)} × {i.quantity}
              {i.shippedQty > 0 && ` · 已发 ${i.shippedQty}`}
              {i.refundedQty > 0 && ` · 已退 ${i.refundedQty}`}
            </span>
            <strong>{formatFen(i.lineFen)}</strong>
          </li>
        ))}
      </ul>
      {part.shipments.map((s) => (
        <div key={s.id} className={styles.shipment}>
          <strong>物流：{s.carrier}</strong> 运单号 <span data-testid="tracking-no">{s.trackingNo}</span>
          <br />
          <span className={styles.muted}>{formatTime(s.shippedAt)} 发出 · {s.lines.reduce((n, l) => n + l.quantity, 0)} 件</span>
        </div>
      ))}
      {part.status === 'SHIPPED' && part.autoConfirmAt && <p className={styles.muted}>{formatTime(part.autoConfirmAt)} 将自动确认收货</p>}
      {refunds.map((r) => (
        <div key={r.id} className={styles.shipment}>
          <strong>退款 {r.refundNo}：{REFUND_STATUS[r.status] ?? r.status}</strong> {formatFen(r.amountFen)}
          <br />
          <span className={styles.muted}>{REFUND_KIND[r.kind] ?? r.kind} · 原因：{r.reason}{r.rejectReason && ` · 拒绝原因：${r.rejectReason}`}</span>
          {r.status === 'REQUESTED' && (
            <div className={styles.actions}>
              <button type="button" className={styles.danger} onClick={() => actions.withdraw.mutate(r.id)} disabled={actions.withdraw.isPending}>撤销申请</button>
            </div>
          )}
        </div>
      ))}
      {refunding ? (
        <RefundForm order={order} part={part} pending={actions.refund.isPending} error={actions.refund.error} onCancel={() => setRefunding(false)}
          onSubmit={(v) => actions.refund.mutate({ supplierOrderId: part.id, ...v }, { onSuccess: () => setRefunding(false) })} />
      ) : (
        <div className={styles.actions}>
          {part.status === 'SHIPPED' && (
            <button type="button" className={styles.primary} onClick={() => actions.confirm.mutate(part.id)} disabled={actions.confirm.isPending}>确认收货</button>
          )}
          {canRefund && <button type="button" className={styles.secondary} onClick={() => setRefunding(true)}>申请退款</button>}
        </div>
      )}
      {(actions.confirm.isError || actions.withdraw.isError) && <p role="alert" className={styles.alert}>{errorMessage(actions.confirm.error ?? actions.withdraw.error)}</p>}
    </section>
  );
}
