import { errorMessage } from '@bangfu/api-client';
import { Link, useSearchParams } from 'react-router-dom';
import { formatFen } from '../../lib/money';
import styles from '../checkout/buy.module.css';
import { Loading } from '../misc/Loading';
import { useOrders, type OrderStatus } from './api';
import { formatTime, spacedOrderNo } from './labels';
import { StatusBadge } from './OrderDetailPage';

const TABS: { status?: OrderStatus; label: string }[] = [
  { label: '全部' },
  { status: 'PENDING_PAYMENT', label: '待付款' },
  { status: 'PAID', label: '待发货' },
  { status: 'SHIPPED', label: '待收货' },
  { status: 'COMPLETED', label: '已完成' },
  { status: 'REFUNDED', label: '已退款' },
];

/** /orders — my orders, by status. */
export function OrdersPage() {
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') as OrderStatus | null) ?? undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const orders = useOrders(status, page);
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>我的订单</h1>
      <nav className={styles.tabs} aria-label="订单状态">
        {TABS.map((t) => (
          <Link key={t.label} to={t.status ? `/orders?status=${t.status}` : '/orders'} aria-current={t.status === status ? 'page' : undefined}>{t.label}</Link>
        ))}
      </nav>
      {orders.isPending ? (
        <Loading />
      ) : orders.isError ? (
        <p role="alert" className={styles.alert}>{errorMessage(orders.error)}</p>
      ) : orders.data.items.length === 0 ? (
        <section className={styles.empty}>
          <h2>暂无订单</h2>
          <p>去选购来自结对帮扶县的好物吧。</p>
          <Link to="/categories">去逛逛</Link>
        </section>
      ) : (
        <>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {orders.data.items.map((o) => (
              <li key={o.id} className={styles.card}>
                <Link to={`/orders/${o.id}`} className={styles.orderCard}>
                  <div className={styles.orderHead}>
                    <span>订单 {spacedOrderNo(o.orderNo)}</span>
                    <StatusBadge status={o.status} />
                  </div>
                  <p className={styles.orderName}>{o.firstProductName ?? '商品'}{o.itemCount > 1 && ` 等 ${o.itemCount} 件商品`}</p>
                  <div className={styles.orderHead}>
                    <span>{formatTime(o.createdAt)}</span>
                    <span>实付 <strong>{formatFen(o.payableFen)}</strong></span>
                  </div>
                </Link>
              </li>
            ))}
          </ul>
          {orders.data.total > orders.data.pageSize && (
            <div className={styles.actions}>
              <button type="button" className={styles.secondary} disabled={page <= 1} onClick={() => { params.set('page', String(page - 1)); setParams(params); }}>上一页</button>
              <button type="button" className={styles.secondary} disabled={page * orders.data.pageSize >= orders.data.total} onClick={() => { params.set('page', String(page + 1)); setParams(params); }}>下一页</button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
