import { errorMessage } from '@bangfu/api-client';
import { Link } from 'react-router-dom';
import styles from '../checkout/buy.module.css';
import { useAgency, useProcurementOrders } from './api';
import { BuyerGate } from './BuyerGate';
import { shanghaiToday } from './labels';
import own from './procurement.module.css';
import { QuotaCard } from './QuotaCard';

/** /procurement — the canteen buyer's home: agency and canteens, quota progress, shortcuts, to-dos. */
export function ProcurementHome() {
  return <BuyerGate>{({ user, agencyId }) => <Home agencyId={agencyId} agencyName={user.agency?.name ?? ''} />}</BuyerGate>;
}

function Home({ agencyId, agencyName }: { agencyId: string; agencyName: string }) {
  const agency = useAgency(agencyId);
  const year = Number(shanghaiToday().slice(0, 4));
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>单位食堂采购</h1>
      <section className={styles.card} aria-labelledby="agency-title">
        <h2 id="agency-title" className={styles.cardTitle}>{agency.data?.name ?? agencyName}</h2>
        {agency.isError && <p role="alert" className={styles.alert}>{errorMessage(agency.error)}</p>}
        {agency.data && (agency.data.canteens.length === 0 ? (
          <p className={styles.muted}>本单位尚未登记食堂，请联系单位管理员。</p>
        ) : (
          <ul className={styles.items}>
            {agency.data.canteens.map((c) => (
              <li key={c.id}>
                <span><strong>{c.name}</strong> <span className={styles.muted}>（{c.kindLabel}）</span></span>
                <span className={styles.muted}>{c.address ?? '未登记地址'}</span>
              </li>
            ))}
          </ul>
        ))}
      </section>
      <nav className={own.shortcuts} aria-label="采购功能">
        <Link to="/procurement/new">新建采购单</Link>
        <Link to="/procurement/orders">我的采购单</Link>
        <Link to="/procurement/agreements">定向直供协议</Link>
      </nav>
      <PendingActions />
      <QuotaCard agencyId={agencyId} year={year} />
    </div>
  );
}

/** What waits for the buyer: deliveries to accept, invoices to check, accepted orders to pay. */
function PendingActions() {
  const shipped = useProcurementOrders('SHIPPED', 1, 1);
  const accepted = useProcurementOrders('ACCEPTED', 1, 100);
  const items = accepted.data?.items ?? [];
  const count = (n: number | undefined) => (n === undefined ? '…' : n);
  return (
    <section className={styles.card} aria-labelledby="todo-title">
      <h2 id="todo-title" className={styles.cardTitle}>待办</h2>
      {(shipped.isError || accepted.isError) && <p role="alert" className={styles.alert}>{errorMessage(shipped.error ?? accepted.error)}</p>}
      <ul className={own.todo}>
        <li>
          <Link to="/procurement/orders?status=SHIPPED" aria-label={`待验收 ${count(shipped.data?.total)} 单`}>
            <strong>{count(shipped.data?.total)}</strong>待验收
          </Link>
        </li>
        <li>
          <Link to="/procurement/orders?status=ACCEPTED" aria-label={`待验票 ${count(accepted.data ? items.filter((o) => o.invoiceStatus === 'SUBMITTED').length : undefined)} 单`}>
            <strong>{count(accepted.data ? items.filter((o) => o.invoiceStatus === 'SUBMITTED').length : undefined)}</strong>待验票
          </Link>
        </li>
        <li>
          <Link to="/procurement/orders?status=ACCEPTED" aria-label={`待付款 ${count(accepted.data ? items.filter((o) => o.paymentStatus === 'UNPAID').length : undefined)} 单`}>
            <strong>{count(accepted.data ? items.filter((o) => o.paymentStatus === 'UNPAID').length : undefined)}</strong>待付款
          </Link>
        </li>
      </ul>
    </section>
  );
}
