import { CERTIFICATION_LABELS } from '../catalog/labels';
import type { ProductDetail } from './api';
import styles from './detail.module.css';

/** Certificates valid today, with number, issuer, validity and (for 消费帮扶产品认定) households linked. */
export function CertificateList({ certs }: { certs: ProductDetail['certificationDetails'] }) {
  return (
    <section className={styles.card} aria-labelledby="certs-title">
      <h2 id="certs-title" className={styles.cardTitle}>认证信息</h2>
      {certs.length === 0 && <p className={styles.muted}>暂无认证信息</p>}
      <ul className={styles.certs}>
        {certs.map((c) => (
          <li key={c.id} className={c.type === 'ASSISTANCE' ? styles.certMain : styles.cert}>
            <div className={styles.certHead}>
              <strong>{CERTIFICATION_LABELS[c.type] ?? c.label}</strong>
              {c.valid ? <span className={styles.valid}>有效</span> : <span className={styles.invalid}>已过期</span>}
            </div>
            <p>编号 {c.number}</p>
            <p>发证机构 {c.issuer}</p>
            <p>有效期 {c.validFrom} 至 {c.validTo}</p>
            {c.linkedHouseholds != null && (
              <p className={styles.households}>联结带动脱贫户 <strong>{c.linkedHouseholds}</strong> 户</p>
            )}
            <a href={c.documentUrl} target="_blank" rel="noreferrer">查看证书</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
