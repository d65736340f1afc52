import type { TraceStory } from './api';
import { Timeline } from './Timeline';
import styles from './trace.module.css';

/** The trace story: product and batch, tests, 承诺达标合格证, supplier, base, certificates, events. */
export function TraceDetails({ story: s }: { story: TraceStory }) {
  const { batch, product, supplier, supplyBase: base } = s;
  const c = batch.certificate;
  return (
    <article className={styles.page}>
      <header className={styles.head}>
        {product.imageUrls[0] && <img src={product.imageUrls[0]} alt="" className={styles.cover} />}
        <div>
          <p className={styles.eyebrow}>一品一码 · 产品追溯</p>
          <h1>{product.name}</h1>
          <p className={styles.code}>追溯码 {s.traceCode}</p>
        </div>
      </header>

      <section className={styles.card} aria-labelledby="batch-title">
        <h2 id="batch-title">批次信息</h2>
        <dl className={styles.facts}>
          <dt>批次号</dt><dd>{batch.batchNo}</dd>
          <dt>采收/生产</dt><dd>{batch.harvestDate}</dd>
          <dt>数量</dt><dd>{batch.quantity} {batch.unit}</dd>
          <dt>品类</dt><dd>{product.categoryLabel}</dd>
          <dt>检测</dt>
          <dd>
            {batch.inspection ? (
              <>
                <span className={batch.inspection.passed ? styles.pass : styles.fail}>{batch.inspection.passed ? '检测合格' : '检测不合格'}</span>
                {' '}{batch.inspection.lab} · {batch.inspection.testedOn}
                <ul className={styles.items}>
                  {batch.inspection.items.map((i) => (
                    <li key={i.name}>{i.name}：{i.result} {i.passed ? '✓' : '✗'}</li>
                  ))}
                </ul>
                {batch.inspection.reportUrl && <a href={batch.inspection.reportUrl} target="_blank" rel="noreferrer">查看检测报告</a>}
              </>
            ) : (
              <span className={styles.muted}>暂无检测记录</span>
            )}
          </dd>
        </dl>
      </section>

      <section className={styles.card} aria-labelledby="origin-title">
        <h2 id="origin-title">产地与基地</h2>
        <dl className={styles.facts}>
          <dt>供应商</dt><dd>{supplier.name}{supplier.county.name && `（${supplier.county.name}）`}</dd>
          <dt>生产基地</dt>
          <dd>
            {base.name}
            {base.verified ? <span className={styles.pass}>平台已核验</span> : <span className={styles.muted}>（待核验）</span>}
          </dd>
          <dt>基地位置</dt>
          <dd>
            {base.county.name ?? base.county.code}{base.township && ` ${base.township}`}
            {base.coordinates && (
              <>
                <br />
                <a href={`https://uri.amap.com/marker?position=${base.coordinates.lng},${base.coordinates.lat}&coordinate=wgs84&name=${encodeURIComponent(base.name)}`}
                  target="_blank" rel="noreferrer">
                  北纬 {base.coordinates.lat.toFixed(4)}°，东经 {base.coordinates.lng.toFixed(4)}° · 查看地图
                </a>
              </>
            )}
          </dd>
        </dl>
      </section>

      <section className={styles.card} aria-labelledby="cert-title">
        <h2 id="cert-title">承诺达标合格证</h2>
        <dl className={styles.facts}>
          <dt>产品</dt><dd>{c.productName}</dd>
          <dt>数量/重量</dt><dd>{c.quantityText}</dd>
          <dt>生产者</dt><dd>{c.producer}</dd>
          <dt>产地</dt><dd>{c.origin}</dd>
          <dt>联系电话</dt><dd>{c.contactPhone}</dd>
          <dt>开具日期</dt><dd>{c.issuedOn}</dd>
          <dt>承诺</dt><dd>{c.promise}{c.selfTested && <span className={styles.pass}>自检合格</span>}</dd>
        </dl>
      </section>

      {s.certifications.length > 0 && (
        <section className={styles.card} aria-labelledby="certs-title">
          <h2 id="certs-title">产品认证</h2>
          <ul className={styles.certs}>
            {s.certifications.map((x) => (
              <li key={`${x.type}-${x.number}`}>
                <strong>{x.typeLabel}</strong>
                <span>{x.number} · {x.issuer}</span>
                <span className={styles.muted}>有效期 {x.validFrom} 至 {x.validTo}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className={styles.card} aria-labelledby="events-title">
        <h2 id="events-title">追溯记录</h2>
        <Timeline events={s.events} />
      </section>
    </article>
  );
}
