import { errorMessage } from '@bangfu/api-client';
import { Link, useSearchParams } from 'react-router-dom';
import { formatFen } from '../../lib/money';
import styles from '../checkout/buy.module.css';
import { Loading } from '../misc/Loading';
import { useProcurementOrders, type ProcurementStatus, type ProcurementSummary } from './api';
import { BuyerGate } from './BuyerGate';
import { formatTime, PROCUREMENT_STATUS, PURPOSE_LABELS } from './labels';

/** `CLOSED` is the list's own tab for cancelled and rejected orders (two statuses on the server). */
type Tab = { key: string; label: string; statuses?: ProcurementStatus[] };

export const TABS: Tab[] = [
  { key: '', label: '全部' },
  { key: 'PENDING_APPROVAL', label: '待审批', statuses: ['PENDING_APPROVAL'] },
  { key: 'PENDING_CONFIRMATION', label: '待确认', statuses: ['PENDING_CONFIRMATION'] },
  { key: 'CONFIRMED', label: '待发货', statuses: ['CONFIRMED'] },
  { key: 'SHIPPED', label: '待验收', statuses: ['SHIPPED'] },
  { key: 'ACCEPTED', label: '待付款/验票', statuses: ['ACCEPTED'] },
  { key: 'COMPLETED', label: '已完成', statuses: ['COMPLETED'] },
  { key: 'CLOSED', label: '已取消/驳回', statuses: ['CANCELLED', 'REJECTED'] },
];

export function StatusBadge({ status }: { status: string }) {
  const s = PROCUREMENT_STATUS[status] ?? { label: status, tone: 'off' as const };
  return <span className={`${styles.badge} ${styles[`tone-${s.tone}`]}`}>{s.label}</span>;
}

/** /procurement/orders — the agency's procurement orders by status. */
export function OrdersListPage() {
  return <BuyerGate>{() => <OrdersList />}</BuyerGate>;
}

function OrdersList() {
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((t) => t.key === (params.get('status') ?? '')) ?? TABS[0];
  const page = Math.max(1, Number(params.get('page')) || 1);
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>我的采购单</h1>
      <nav className={styles.tabs} aria-label="采购单状态">
        {TABS.map((t) => (
          <Link key={t.key} to={t.key ? `/procurement/orders?status=${t.key}` : '/procurement/orders'} aria-current={t.key === tab.key ? 'page' : undefined}>{t.label}</Link>
        ))}
      </nav>
      {tab.statuses && tab.statuses.length > 1 ? (
        <Merged statuses={tab.statuses} />
      ) : (
        <Paged status={tab.statuses?.[0]} page={page} onPage={(p) => { params.set('page', String(p)); setParams(params); }} />
      )}
      <p><Link to="/procurement/new">新建采购单</Link> · <Link to="/procurement">返回单位采购</Link></p>
    </div>
  );
}

function Paged({ status, page, onPage }: { status?: ProcurementStatus; page: number; onPage: (p: number) => void }) {
  const orders = useProcurementOrders(status, page);
  if (orders.isPending) return <Loading />;
  if (orders.isError) return <p role="alert" className={styles.alert}>{errorMessage(orders.error)}</p>;
  const d = orders.data;
  return (
    <>
      <OrderCards items={d.items} />
      {d.total > d.pageSize && (
        <div className={styles.actions}>
          <button type="button" className={styles.secondary} disabled={page <= 1} onClick={() => onPage(page - 1)}>上一页</button>
          <button type="button" className={styles.secondary} disabled={page * d.pageSize >= d.total} onClick={() => onPage(page + 1)}>下一页</button>
        </div>
      )}
    </>
  );
}

/** Cancelled and rejected together: the newest 50 of each, merged by time. */
function Merged({ statuses }: { statuses: ProcurementStatus[] }) {
  const a = useProcurementOrders(statuses[0], 1, 50);
  const b = useProcurementOrders(statuses[1], 1, 50);
  if (a.isPending || b.isPending) return <Loading />;
  if (a.isError || b.isError) return <p role="alert" className={styles.alert}>{errorMessage(a.error ?? b.error)}</p>;
  const items = [...a.data.items, ...b.data.items].sort((x, y) => y.createdAt.localeCompare(x.createdAt));
  return <OrderCards items={items} />;
}

function OrderCards({ items }: { items: ProcurementSummary[] }) {
  if (items.length === 0) {
    return (
      <section className={styles.empty}>
        <h2>暂无采购单</h2>
        <p>按预留份额采购消费帮扶产品，从新建采购单开始。</p>
      </section>
    );
  }
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label="采购单列表">
      {items.map((o) => (
        <li key={o.id} className={styles.card}>
          <Link to={`/procurement/orders/${o.id}`} className={styles.orderCard} aria-label={`采购单 ${o.orderNo} ${o.supplierName}`}>
            <div className={styles.orderHead}>
              <span>采购单 {o.orderNo}</span>
              <StatusBadge status={o.status} />
            </div>
            <p className={styles.orderName}>{o.supplierName}</p>
            <div className={styles.orderHead}>
              <span>{o.canteenName} · {PURPOSE_LABELS[o.purpose] ?? o.purpose} · 送达 {o.deliveryDate}</span>
              <span>{o.acceptedFen != null ? '验收' : '金额'} <strong>{formatFen(o.acceptedFen ?? o.confirmedFen ?? o.goodsFen)}</strong></span>
            </div>
            <div className={styles.orderHead}><span>{formatTime(o.createdAt)}</span></div>
          </Link>
        </li>
      ))}
    </ul>
  );
}
