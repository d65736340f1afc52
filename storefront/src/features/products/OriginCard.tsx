import { BASE_CERT_LABELS } from '@bangfu/api-client';
import { seasonText, shortCountyName } from '../catalog/labels';
import type { ProductDetail } from './api';
import styles from './detail.module.css';
import { PairingDiagram } from './PairingDiagram';

const ROLE: Record<string, string> = { LEAD: '结对', ASSIST: '协助' };
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);


/** Households linked through the product's 消费帮扶产品认定 (the certificate records them). */
export const linkedHouseholds = (p: ProductDetail) =>
  p.certificationDetails.find((c) => c.type === 'ASSISTANCE' && c.valid && c.linkedHouseholds != null)?.linkedHouseholds ?? null;

/**
 * The origin story: the county and the eastern helpers paired with it today (diagram and list),
 * the supply base, the households the product is linked with, and the season.
 */
export function OriginCard({ p, month = new Date().getMonth() + 1 }: { p: ProductDetail; month?: number }) {
  const households = linkedHouseholds(p);
  const base = p.supplyBase;
  return (
    <section className={styles.card} aria-labelledby="origin-title">
      <h2 id="origin-title" className={styles.cardTitle}>产地故事</h2>
      <PairingDiagram countyName={p.county.name} helpers={p.helpers} className={styles.diagram} />
      <dl className={styles.facts}>
        <dt>产地</dt>
        <dd>
          <strong>{shortCountyName(p.county.name)}</strong>
          <span className={styles.muted}>{p.county.name}（{p.county.code}）</span>
        </dd>
        <dt>东部帮扶</dt>
        <dd>
          {p.helpers.length ? (
            <ul className={styles.helpers} aria-label="结对的东部帮扶方">
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
        <dd>
          {base ? (
            <>
              {base.name}
              {base.verified && <span className={styles.inSeason}>平台已核验</span>}
              <span className={styles.muted}>
                {[shortCountyName(base.countyName ?? ''), base.township, base.areaMu ? `${base.areaMu} 亩` : null].filter(Boolean).join(' · ')}
              </span>
              {base.certifications.map((c) => (
                <span key={c.number} className={styles.muted}>{BASE_CERT_LABELS[c.type] ?? c.type} 编号 {c.number}（有效至 {c.validTo}）</span>
              ))}
            </>
          ) : (
            <span className={styles.muted}>未登记基地</span>
          )}
        </dd>
        <dt>联农带农</dt>
        <dd>
          {households != null ? (
            <span className={styles.households}>联结带动脱贫户 <strong>{households}</strong> 户</span>
          ) : (
            <span className={styles.muted}>认定未登记带动户数</span>
          )}
        </dd>
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
