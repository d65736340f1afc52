import { errorMessage, fieldErrors } from '@bangfu/api-client';
import { useState, type FormEvent } from 'react';
import { useSaveAddress, type Address } from './addresses';
import styles from './buy.module.css';

const PHONE = /^1[3-9]\d{9}$/;

/** Add or edit an address of the book; labelled fields (收货人, 手机号, 所在地区, 详细地址). */
export function AddressForm({ initial, onSaved, onCancel }: { initial?: Address; onSaved: (a: Address) => void; onCancel?: () => void }) {
  const save = useSaveAddress();
  const [v, setV] = useState({ name: initial?.name ?? '', phone: initial?.phone ?? '', region: initial?.region ?? '', detail: initial?.detail ?? '', isDefault: initial?.isDefault ?? false });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const server = fieldErrors(save.error);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    e.stopPropagation();
    const next: Record<string, string> = {};
    if (!v.name.trim()) next.name = '请填写收货人';
    if (!PHONE.test(v.phone.trim())) next.phone = '请填写 11 位手机号';
    if (v.region.trim().length < 2) next.region = '请填写省市区';
    if (v.detail.trim().length < 2) next.detail = '请填写详细地址';
    setErrors(next);
    if (Object.keys(next).length) return;
    save.mutate(
      { id: initial?.id, body: { name: v.name.trim(), phone: v.phone.trim(), region: v.region.trim(), detail: v.detail.trim(), ...(v.isDefault ? { isDefault: true } : {}) } },
      { onSuccess: onSaved },
    );
  };

  const field = (key: 'name' | 'phone' | 'region' | 'detail', label: string, extra: Record<string, unknown> = {}) => {
    const id = `addr-${key}`;
    const err = errors[key] ?? server[key];
    return (
      <div className={styles.field}>
        <label htmlFor={id}>{label}</label>
        <input id={id} value={v[key]} onChange={(e) => setV({ ...v, [key]: e.target.value })} aria-invalid={err ? true : undefined}
          aria-describedby={err ? `${id}-error` : undefined} {...extra} />
        {err && <span id={`${id}-error`} className={styles.fieldError}>{err}</span>}
      </div>
    );
  };

  return (
    <form className={styles.addressForm} onSubmit={onSubmit} noValidate aria-label={initial ? '编辑收货地址' : '新增收货地址'}>
      {save.isError && !Object.keys(server).length && <p role="alert" className={styles.alert}>{errorMessage(save.error)}</p>}
      {field('name', '收货人', { autoComplete: 'name', maxLength: 40 })}
      {field('phone', '手机号', { type: 'tel', inputMode: 'numeric', autoComplete: 'tel', maxLength: 11 })}
      {field('region', '所在地区', { placeholder: '如：广东省深圳市福田区', autoComplete: 'address-level2', maxLength: 100 })}
      {field('detail', '详细地址', { placeholder: '街道、门牌号、楼栋与房号', autoComplete: 'street-address', maxLength: 200 })}
      <label className={styles.check}>
        <input type="checkbox" checked={v.isDefault} onChange={(e) => setV({ ...v, isDefault: e.target.checked })} /> 设为默认地址
      </label>
      <div className={styles.formActions}>
        {onCancel && <button type="button" className={styles.secondary} onClick={onCancel}>取消</button>}
        <button type="submit" className={styles.primary} disabled={save.isPending}>保存地址</button>
      </div>
    </form>
  );
}
