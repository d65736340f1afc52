import { errorMessage } from '@bangfu/api-client';
import { Link } from 'react-router-dom';
import styles from '../checkout/buy.module.css';
import { Loading } from '../misc/Loading';
import { useAgreements } from './api';
import { BuyerGate } from './BuyerGate';

/** /procurement/agreements — the agency's active direct-supply agreements (定向直供协议). */
export function AgreementsPage() {
  return <BuyerGate>{({ agencyId }) => <Agreements agencyId={agencyId} />}</BuyerGate>;
}

function Agreements({ agencyId }: { agencyId: string }) {
  const list = useAgreements(agencyId);
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>定向直供协议</h1>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <p role="alert" className={styles.alert}>{errorMessage(list.error)}</p>
      ) : list.data.length === 0 ? (
        <section className={styles.empty}>
          <h2>暂无生效中的协议</h2>
          <p>定向直供协议由单位管理员与供应商签订，生效后可在此按协议价下单、设置每周周期订单。</p>
        </section>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label="协议列表">
          {list.data.map((a) => (
            <li key={a.id} className={styles.card}>
              <Link to={`/procurement/agreements/${a.id}`} className={styles.orderCard}>
                <div className={styles.orderHead}>
                  <span>{a.supplierName}</span>
                  <span className={`${styles.badge} ${styles[a.usable ? 'tone-ok' : 'tone-off']}`}>{a.usable ? '可下单' : a.statusLabel}</span>
                </div>
                <p className={styles.orderName}>{a.title}</p>
                <div className={styles.orderHead}>
                  <span>有效期 {a.validFrom} 至 {a.validTo}</span>
                  <span>{a.lines.length} 种商品</span>
                </div>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <p><Link to="/procurement">返回单位采购</Link></p>
    </div>
  );
}
