import { Link } from 'react-router-dom';
import { useLatestBatch } from './api';
import styles from './detail.module.css';

/** The newest batch's outbound test (GET /api/products/:id/latest-batch), with a link to its trace page. */
export function LatestInspection({ productId }: { productId: string }) {
  const batch = useLatestBatch(productId);
  const b = batch.data;
  return (
    <section className={styles.card} aria-labelledby="inspection-title">
      <h2 id="inspection-title" className={styles.cardTitle}>最新批次检测</h2>
      {batch.isLoading && <p className={styles.muted}>正在查询批次…</p>}
      {batch.isError && <p className={styles.muted}>暂时无法获取批次信息</p>}
      {b === null && <p className={styles.muted}>该商品暂无已登记的批次</p>}
      {b && (
        <div className={styles.inspection}>
          <p>
            批次 {b.batchNo} · 采收/生产 {b.harvestDate}
          </p>
          {b.inspection ? (
            <>
              <p>
                <span className={b.inspection.passed ? styles.pass : styles.fail}>{b.inspection.passed ? '检测合格' : '检测不合格'}</span>
                {b.inspection.lab} · {b.inspection.testedOn}
              </p>
              <ul className={styles.inspectionItems} aria-label="检测项目">
                {b.inspection.items.map((i) => (
                  <li key={i.name}>
                    <span>{i.name}</span>
                    <span>{i.result} {i.passed ? '✓ 合格' : '✗ 不合格'}</span>
                  </li>
                ))}
              </ul>
              {b.inspection.reportUrl && <a href={b.inspection.reportUrl} target="_blank" rel="noreferrer">查看检测报告</a>}
            </>
          ) : (
            <p className={styles.muted}>该批次暂无检测记录</p>
          )}
          <Link to={`/t/${b.traceCode}`}>查看该批次完整追溯（追溯码 {b.traceCode}）</Link>
        </div>
      )}
    </section>
  );
}
