import type { Facet } from './api';
import styles from './products.module.css';

/** One facet as a row of chips; tapping the selected chip clears it. Counts come from the API. */
export function FilterChips({ title, facets, selected, onSelect, allLabel = '全部' }: {
  title: string;
  facets: Facet[];
  selected: string | undefined;
  onSelect: (value: string | undefined) => void;
  allLabel?: string;
}) {
  // A selected value with no results left still shows, so it can be cleared.
  const shown = selected && !facets.some((f) => f.value === selected) ? [{ value: selected, label: selected, count: 0 }, ...facets] : facets;
  if (!shown.length) return null;
  return (
    <div className={styles.chipRow} role="group" aria-label={title}>
      <span className={styles.chipTitle}>{title}</span>
      <div className={styles.chips}>
        <button type="button" className={!selected ? styles.chipOn : styles.chip} aria-pressed={!selected} onClick={() => onSelect(undefined)}>
          {allLabel}
        </button>
        {shown.map((f) => (
          <button key={f.value} type="button" className={selected === f.value ? styles.chipOn : styles.chip}
            aria-pressed={selected === f.value} onClick={() => onSelect(selected === f.value ? undefined : f.value)}>
            {f.label}
            {Number.isFinite(f.count) && <span className={styles.chipCount}>{f.count}</span>}
          </button>
        ))}
      </div>
    </div>
  );
}
