import { errorMessage } from '@bangfu/api-client';
import { useState } from 'react';
import { Loading } from '../misc/Loading';
import { AddressForm } from './AddressForm';
import { useAddresses, useDeleteAddress, useSaveAddress, type Address } from './addresses';
import styles from './buy.module.css';

/** /me/addresses — manage the address book. */
export function AddressesPage() {
  const book = useAddresses();
  const del = useDeleteAddress();
  const setDefault = useSaveAddress();
  const [editing, setEditing] = useState<Address | 'new' | null>(null);
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>收货地址</h1>
      {book.isPending ? <Loading /> : book.isError ? <p role="alert" className={styles.alert}>{errorMessage(book.error)}</p> : (
        <>
          {book.data.items.map((a) => (
            <section key={a.id} className={styles.card} aria-label={`${a.name} ${a.region}`}>
              {editing !== 'new' && editing?.id === a.id ? (
                <AddressForm initial={a} onSaved={() => setEditing(null)} onCancel={() => setEditing(null)} />
              ) : (
                <>
                  <p style={{ margin: 0 }}><strong>{a.name}</strong> {a.phone} {a.isDefault && <em className={styles.tag}>默认</em>}</p>
                  <p className={styles.muted} style={{ margin: '4px 0 0' }}>{a.region} {a.detail}</p>
                  <div className={styles.actions}>
                    <button type="button" className={styles.secondary} onClick={() => setEditing(a)}>编辑</button>
                    {!a.isDefault && <button type="button" className={styles.secondary} onClick={() => setDefault.mutate({ id: a.id, body: { ...pick(a), isDefault: true } })}>设为默认</button>}
                    <button type="button" className={styles.danger} onClick={() => window.confirm('删除这个地址？') && del.mutate(a.id)}>删除</button>
                  </div>
                </>
              )}
            </section>
          ))}
          {del.isError && <p role="alert" className={styles.alert}>{errorMessage(del.error)}</p>}
          {editing === 'new' || book.data.items.length === 0 ? (
            <section className={styles.card}><AddressForm onSaved={() => setEditing(null)} onCancel={book.data.items.length ? () => setEditing(null) : undefined} /></section>
          ) : (
            <button type="button" className={styles.primary} onClick={() => setEditing('new')}>+ 新增收货地址</button>
          )}
        </>
      )}
    </div>
  );
}

const pick = (a: Address) => ({ name: a.name, phone: a.phone, region: a.region, detail: a.detail });
