import { MAX_LINE_QTY } from './guestCart';
import styles from './cart.module.css';

/** − n + with a typed value; each change is sent as the new quantity. */
export function QuantityStepper({ value, max = MAX_LINE_QTY, onChange, label, disabled }: {
  value: number;
  max?: number;
  onChange: (n: number) => void;
  label: string;
  disabled?: boolean;
}) {
  const top = Math.max(1, Math.min(MAX_LINE_QTY, max));
  const set = (n: number) => {
    const v = Math.max(1, Math.min(top, Math.floor(n)));
    if (Number.isFinite(v) && v !== value) onChange(v);
  };
  return (
    <div className={styles.stepper} role="group" aria-label={`${label} 数量`}>
      <button type="button" aria-label="减少" disabled={disabled || value <= 1} onClick={() => set(value - 1)}>−</button>
      <input type="number" inputMode="numeric" min={1} max={top} value={value} aria-label="数量" disabled={disabled}
        onChange={(e) => e.target.value && set(Number(e.target.value))} />
      <button type="button" aria-label="增加" disabled={disabled || value >= top} onClick={() => set(value + 1)}>+</button>
    </div>
  );
}
