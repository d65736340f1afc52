import styles from '../checkout/buy.module.css';
import type { Canteen } from './api';
import { PURPOSES } from './labels';

export interface DeliveryValue {
  canteenId: string;
  deliveryDate: string;
  purpose: string;
  note: string;
}

/**
 * Where and when: the canteen (its address and contact come from the agency's records and are shown
 * read-only — the server delivers there), the delivery date, the purpose and a note.
 */
export function DeliveryFields({ canteens, value, onChange, min, max, idPrefix = 'proc' }: {
  canteens: Canteen[];
  value: DeliveryValue;
  onChange: (v: DeliveryValue) => void;
  min: string;
  max: string;
  idPrefix?: string;
}) {
  const canteen = canteens.find((c) => c.id === value.canteenId);
  const set = (patch: Partial<DeliveryValue>) => onChange({ ...value, ...patch });
  const dateBad = !!value.deliveryDate && (value.deliveryDate < min || value.deliveryDate > max);
  return (
    <div className={styles.addressForm}>
      <div className={styles.field}>
        <label htmlFor={`${idPrefix}-canteen`}>收货食堂</label>
        <select id={`${idPrefix}-canteen`} value={value.canteenId} onChange={(e) => set({ canteenId: e.target.value })}>
          {canteens.length === 0 && <option value="">本单位尚未登记食堂</option>}
          {canteens.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
      </div>
      {canteen && (
        <dl className={styles.kv} aria-label="收货信息">
          <dt>收货地址</dt>
          <dd>{canteen.address ?? <span className={styles.fieldError}>未登记收货地址，请单位管理员先补充</span>}</dd>
          <dt>联系人</dt>
          <dd>{canteen.contactName ?? '—'} {canteen.contactPhone ?? ''}</dd>
        </dl>
      )}
      <div className={styles.field}>
        <label htmlFor={`${idPrefix}-date`}>送达日期</label>
        <input id={`${idPrefix}-date`} type="date" value={value.deliveryDate} min={min} max={max} aria-invalid={dateBad || undefined}
          aria-describedby={`${idPrefix}-date-hint`} onChange={(e) => set({ deliveryDate: e.target.value })} />
        <span id={`${idPrefix}-date-hint`} className={dateBad ? styles.fieldError : styles.muted}>可选 {min} 至 {max}</span>
      </div>
      <fieldset className={styles.field} style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={{ fontWeight: 600, padding: 0 }}>采购用途</legend>
        <div role="radiogroup" aria-label="采购用途" className={styles.actions} style={{ marginTop: 0 }}>
          {PURPOSES.map((p) => (
            <label key={p.value} className={value.purpose === p.value ? styles.optionOn : styles.option}>
              <input type="radio" name={`${idPrefix}-purpose`} value={p.value} checked={value.purpose === p.value} onChange={() => set({ purpose: p.value })} />
              {p.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className={styles.field}>
        <label htmlFor={`${idPrefix}-note`}>备注（选填）</label>
        <textarea id={`${idPrefix}-note`} rows={2} maxLength={500} value={value.note} onChange={(e) => set({ note: e.target.value })} />
      </div>
    </div>
  );
}

/** Whether the delivery part can be submitted (the server checks it again). */
export function deliveryProblem(v: DeliveryValue, canteens: Canteen[], min: string, max: string): string | null {
  const canteen = canteens.find((c) => c.id === v.canteenId);
  if (!canteen) return '请选择收货食堂';
  if (!canteen.address) return `食堂「${canteen.name}」未登记收货地址，请单位管理员先补充`;
  if (!v.deliveryDate) return '请选择送达日期';
  if (v.deliveryDate < min || v.deliveryDate > max) return `送达日期须在 ${min} 至 ${max} 之间`;
  return null;
}
