import { seasonText, shortCountyName } from '../catalog/labels';
import type { ProductDetail } from './api';
import styles from './detail.module.css';

const ROLE: Record<string, string> = { LEAD: '结对', ASSIST: '协助' };
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** Where the product comes from: county, the eastern helpers paired with it today, base, season. */
export function OriginCard({ p, month = new Date().getMonth() + 1 }: { p: ProductDetail; month?: number }) {
  return (
    <section className={styles.card} aria-labelledby="origin-title">
      <h2 id="origin-title" className={styles.cardTitle}>产地溯源</h2>
      <dl className={styles.facts}>
        <dt>产地</dt>
        <dd>
          <strong>{shortCountyName(p.county.name)}</strong>
          <span className={styles.muted}>{p.county.name}（{p.county.code}）</span>
        </dd>
        <dt>东部帮扶</dt>
        <dd>
          {p.helpers.length ? (
            <ul className={styles.helpers}>
              {p.helpers.map((h) => (
                <li key={h.id}>
                  {h.name}
                  <span className={h.role === 'LEAD' ? styles.roleLead : styles.role}>{ROLE[h.role] ?? h.role}</span>
                </li>
              ))}
            </ul>
          ) : (
            <span className={styles.muted}>暂无今日有效的结对关系</span>
          )}
        </dd>
        <dt>供应基地</dt>
        <dd>{p.supplyBase ? p.supplyBase.name : <span className={styles.muted}>未登记基地</span>}</dd>
        <dt>供应商</dt>
        <dd>{p.supplier.name}</dd>
        <dt>销售季</dt>
        <dd>
          {seasonText(p.saleMonths)}
          {p.saleMonths.includes(month) && <span className={styles.inSeason}>正当季</span>}
          <ol className={styles.months} aria-hidden="true">
            {MONTHS.map((m) => (
              <li key={m} className={p.saleMonths.includes(m) ? styles.monthOn : undefined}>{m}</li>
            ))}
          </ol>
        </dd>
      </dl>
    </section>
  );
}
