import { errorMessage } from '@bangfu/api-client';
import { useEffect, useState } from 'react';
import { AddressForm } from './AddressForm';
import { useAddresses, type Address } from './addresses';
import styles from './buy.module.css';

/** The address book as radio cards, with 新增收货地址; picks the default at first. */
export function AddressPicker({ value, onChange }: { value: Address | null; onChange: (a: Address | null) => void }) {
  const book = useAddresses();
  const [adding, setAdding] = useState(false);
  const items = book.data?.items;

  useEffect(() => {
    if (!items) return;
    if (value && items.some((a) => a.id === value.id)) return;
    onChange(items.find((a) => a.isDefault) ?? items[0] ?? null);
  }, [items, value, onChange]);

  if (book.isPending) return <p className={styles.muted}>正在读取收货地址…</p>;
  if (book.isError) return <p role="alert" className={styles.alert}>{errorMessage(book.error)}</p>;
  const showForm = adding || items!.length === 0;
  return (
    <div>
      {items!.length > 0 && (
        <div role="radiogroup" aria-label="收货地址" className={styles.options}>
          {items!.map((a) => (
            <label key={a.id} className={value?.id === a.id ? styles.optionOn : styles.option}>
              <input type="radio" name="address" checked={value?.id === a.id} onChange={() => onChange(a)} />
              <span>
                <strong>{a.name}</strong> {a.phone} {a.isDefault && <em className={styles.tag}>默认</em>}
                <br />
                <span className={styles.muted}>{a.region} {a.detail}</span>
              </span>
            </label>
          ))}
        </div>
      )}
      {showForm ? (
        <AddressForm onSaved={(a) => { setAdding(false); onChange(a); }} onCancel={items!.length ? () => setAdding(false) : undefined} />
      ) : (
        <button type="button" className={styles.linkButton} onClick={() => setAdding(true)}>+ 新增收货地址</button>
      )}
    </div>
  );
}
