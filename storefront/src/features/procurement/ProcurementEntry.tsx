import { Link } from 'react-router-dom';
import styles from '../checkout/buy.module.css';

/** The canteen buyer's entrance to their agency's procurement, shown on 我的. */
export function ProcurementEntry({ agencyName }: { agencyName?: string | null }) {
  return (
    <section className={styles.card} aria-labelledby="proc-entry">
      <h2 id="proc-entry" className={styles.cardTitle}>单位食堂采购</h2>
      <p className={styles.muted}>{agencyName ? `${agencyName} · ` : ''}按预留份额采购消费帮扶认定产品，对公支付、验货验票。</p>
      <Link to="/procurement" className={styles.secondary} style={{ display: 'inline-flex', alignItems: 'center', textDecoration: 'none' }}>进入单位采购</Link>
    </section>
  );
}
