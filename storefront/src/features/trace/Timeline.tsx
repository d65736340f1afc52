import type { TraceEvent } from './api';
import { formatAtOffset } from './time';
import styles from './trace.module.css';

/** The batch's events in order; a corrected event stays visible, struck through, next to its correction. */
export function Timeline({ events }: { events: TraceEvent[] }) {
  if (!events.length) return <p className={styles.muted}>暂无追溯记录</p>;
  return (
    <ol className={styles.timeline}>
      {events.map((e) => (
        <li key={e.id} className={e.corrected ? styles.eventCorrected : styles.event}>
          <div className={styles.eventHead}>
            <strong>{e.bizStepLabel}</strong>
            {e.corrected && <span className={styles.tagCorrected}>已更正</span>}
            {e.correctsEventId && <span className={styles.tagCorrection}>更正记录</span>}
            <time dateTime={e.eventTime}>{formatAtOffset(e.eventTime, e.eventTimeZoneOffset)}</time>
          </div>
          <p>
            {e.dispositionLabel}
            {e.quantity != null && ` · 数量 ${e.quantity}`}
          </p>
          {(e.bizLocation || e.readPoint) && <p className={styles.muted}>地点：{e.bizLocation ?? e.readPoint}</p>}
          {e.note && <p className={styles.muted}>{e.note}</p>}
        </li>
      ))}
    </ol>
  );
}
