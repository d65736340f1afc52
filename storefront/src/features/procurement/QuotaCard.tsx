import { errorMessage } from '@bangfu/api-client';
import { formatFen } from '../../lib/money';
import styles from '../checkout/buy.module.css';
import { useQuota } from './api';
import { percent } from './labels';
import own from './procurement.module.css';

/** This year's reserved share (预留份额) of the agency and how much of it accepted orders have filled. */
export function QuotaCard({ agencyId, year }: { agencyId: string; year: number }) {
  const quota = useQuota(agencyId, year);
  return (
    <section className={styles.card} aria-labelledby="quota-title">
      <h2 id="quota-title" className={styles.cardTitle}>{year} 年预留份额完成情况</h2>
      {quota.isPending ? (
        <p className={styles.muted}>正在加载…</p>
      ) : quota.isError ? (
        <p role="alert" className={styles.alert}>{errorMessage(quota.error)}</p>
      ) : (
        <>
          <div
            className={own.progress}
            role="progressbar"
            aria-label="预留份额完成进度"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={quota.data.progress == null ? undefined : Math.round(quota.data.progress * 100)}
          >
            <span style={{ width: `${Math.min(100, Math.max(0, (quota.data.progress ?? 0) * 100))}%` }} />
          </div>
          <dl className={styles.kv}>
            <dt>预留份额</dt>
            <dd>{formatFen(quota.data.reservedFen)}</dd>
            <dt>已计入采购</dt>
            <dd>{formatFen(quota.data.purchasedFen)}</dd>
            <dt>完成进度</dt>
            <dd data-testid="quota-progress"><strong>{percent(quota.data.progress)}</strong> · {quota.data.statusLabel}</dd>
            <dt>其中结对县</dt>
            <dd>{formatFen(quota.data.pairedFen)}</dd>
          </dl>
          {quota.data.reservedFen === 0 && <p className={styles.muted}>本年度尚未申报农副产品采购总额，预留份额暂为 0，请单位管理员申报。</p>}
          <p className={styles.muted}>只有验收后的金额计入份额。</p>
        </>
      )}
    </section>
  );
}
