import { Link } from 'react-router-dom';
import styles from '../checkout/buy.module.css';

/** The canteen buyer's entrance to their agency's procurement (the procurement issue builds it). */
export function ProcurementEntry({ agencyName }: { agencyName?: string | null }) {
  return (
    <section className={styles.card} aria-labelledby="proc-entry">
      <h2 id="proc-entry" className={styles.cardTitle}>单位食堂采购</h2>
      <p className={styles.muted}>{agencyName ? `${agencyName} · ` : ''}按预留份额采购消费帮扶认定产品，对公支付、验货验票。</p>
      <Link to="/procurement" className={styles.secondary} style={{ display: 'inline-flex', alignItems: 'center', textDecoration: 'none' }}>进入单位采购</Link>
    </section>
  );
}

/** /procurement — honest placeholder until procurement ships. */
export function ProcurementPage() {
  return (
    <section className={styles.empty}>
      <h1>单位食堂采购</h1>
      <p>单位采购（按预留份额下单、审批、对公转账、验货验票）正在建设中，即将开放。开放前请通过原有渠道采购。</p>
      <Link to="/me">返回我的</Link>
    </section>
  );
}
