import { errorMessage } from '@bangfu/api-client';
import { useState, type FormEvent } from 'react';
import { formatFen } from '../../lib/money';
import styles from '../checkout/buy.module.css';
import { uploadFile, useOrderActions, type AcceptBody, type ProcurementOrder, type UploadedFile } from './api';
import own from './procurement.module.css';

export const MAX_ACCEPTANCE_PHOTOS = 9;
const MB = 1024 * 1024;
const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

const lineLabel = (l: { productName: string; spec: string }) => `${l.productName}（${l.spec}）`;
const validQty = (s: string, max: number) => /^\d{1,6}$/.test(s) && Number(s) <= max;

/** The accepted amount the server will compute: Σ agreed unit price × received quantity. */
export function acceptedAmountFen(lines: { unitPriceFen: number; receivedQty: number }[]): number {
  return lines.reduce((s, l) => s + l.unitPriceFen * l.receivedQty, 0);
}

/**
 * 验收: per line the quantity received (0 to the quantity ordered, defaulting to all of it), a
 * shortfall note where less arrived, an overall note and photos. The accepted amount — what counts
 * toward the quota and what is paid — is shown before the buyer confirms.
 */
export function AcceptanceForm({ order, onDone }: { order: ProcurementOrder; onDone: () => void }) {
  const { accept } = useOrderActions(order.id);
  const [received, setReceived] = useState<Record<string, string>>(() => Object.fromEntries(order.lines.map((l) => [l.id, String(l.quantity)])));
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const [photos, setPhotos] = useState<UploadedFile[]>([]);
  const [uploading, setUploading] = useState(false);
  const [photoError, setPhotoError] = useState<string | null>(null);

  const bad = order.lines.filter((l) => !validQty(received[l.id] ?? '', l.quantity));
  const amount = acceptedAmountFen(order.lines.map((l) => ({ unitPriceFen: l.unitPriceFen, receivedQty: validQty(received[l.id] ?? '', l.quantity) ? Number(received[l.id]) : 0 })));

  const onFiles = async (files: FileList | null) => {
    if (!files?.length) return;
    setPhotoError(null);
    const list = [...files].slice(0, MAX_ACCEPTANCE_PHOTOS - photos.length);
    if (files.length > list.length) setPhotoError(`验收照片最多 ${MAX_ACCEPTANCE_PHOTOS} 张`);
    const wrong = list.find((f) => !IMAGE_TYPES.includes(f.type) || f.size > 5 * MB);
    if (wrong) return setPhotoError(`「${wrong.name}」不是 5 MB 以内的 JPEG、PNG 或 WebP 图片`);
    setUploading(true);
    try {
      const done: UploadedFile[] = [];
      for (const f of list) done.push(await uploadFile(f));
      setPhotos((p) => [...p, ...done]);
    } catch (err) {
      setPhotoError(`照片上传失败：${errorMessage(err)}`);
    } finally {
      setUploading(false);
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (bad.length || uploading || accept.isPending) return;
    const body: AcceptBody = {
      lines: order.lines.map((l) => {
        const receivedQty = Number(received[l.id]);
        const n = receivedQty < l.quantity ? (notes[l.id] ?? '').trim() : '';
        return { lineId: l.id, receivedQty, ...(n ? { note: n } : {}) };
      }),
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(photos.length ? { photoFileIds: photos.map((p) => p.id) } : {}),
    };
    accept.mutate(body, { onSuccess: onDone });
  };

  return (
    <form aria-label="验收单" onSubmit={onSubmit} className={styles.addressForm}>
      <ul className={own.lines}>
        {order.lines.map((l) => {
          const v = received[l.id] ?? '';
          const ok = validQty(v, l.quantity);
          const short = ok && Number(v) < l.quantity;
          return (
            <li key={l.id} className={own.line}>
              <div className={own.lineHead}>
                <span><strong>{l.productName}</strong> {l.spec}</span>
                <span className={styles.muted}>下单 {l.quantity}{l.unit} × {formatFen(l.unitPriceFen)}</span>
              </div>
              <div className={own.qtyRow}>
                <span aria-hidden="true">实收</span>
                <input id={`recv-${l.id}`} className={own.qty} type="number" inputMode="numeric" min={0} max={l.quantity} step={1}
                  aria-label={`实收数量 ${lineLabel(l)}`} aria-invalid={!ok || undefined} value={v}
                  onChange={(e) => setReceived((r) => ({ ...r, [l.id]: e.target.value }))} />
                <span>{l.unit}</span>
                {ok && <span>{formatFen(l.unitPriceFen * Number(v))}</span>}
              </div>
              {!ok && <span role="alert" className={styles.fieldError}>实收数量须为 0 到 {l.quantity} 的整数</span>}
              {short && (
                <div className={styles.field}>
                  <label htmlFor={`short-${l.id}`}>短缺说明 {lineLabel(l)}</label>
                  <input id={`short-${l.id}`} maxLength={200} placeholder={`短少 ${l.quantity - Number(v)}${l.unit}：原因（如破损、缺货）`} value={notes[l.id] ?? ''}
                    onChange={(e) => setNotes((n) => ({ ...n, [l.id]: e.target.value }))} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <div className={styles.field}>
        <label htmlFor="accept-note">验收备注（选填）</label>
        <textarea id="accept-note" rows={2} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className={styles.field}>
        <label htmlFor="accept-photos">验收照片（选填，最多 {MAX_ACCEPTANCE_PHOTOS} 张）</label>
        <input id="accept-photos" type="file" accept="image/jpeg,image/png,image/webp" multiple disabled={uploading || photos.length >= MAX_ACCEPTANCE_PHOTOS}
          onChange={(e) => { void onFiles(e.target.files); e.target.value = ''; }} />
        {uploading && <span className={styles.muted} role="status">正在上传照片…</span>}
        {photoError && <span role="alert" className={styles.fieldError}>{photoError}</span>}
        {photos.length > 0 && (
          <div className={own.photos}>
            {photos.map((p, i) => (
              <span key={p.id}>
                <img src={p.url} alt={`验收照片 ${i + 1}`} />
                <button type="button" className={styles.linkButton} aria-label={`删除验收照片 ${i + 1}`} onClick={() => setPhotos((ps) => ps.filter((x) => x.id !== p.id))}>删除</button>
              </span>
            ))}
          </div>
        )}
      </div>
      <dl className={styles.sums}>
        <dt>验收金额（计入份额、应付）</dt>
        <dd><strong data-testid="accepted-amount">{formatFen(amount)}</strong></dd>
      </dl>
      {accept.isError && <p role="alert" className={styles.alert}>{errorMessage(accept.error)}</p>}
      <div className={styles.formActions}>
        <button type="button" className={styles.danger} onClick={onDone}>取消</button>
        <button type="submit" className={styles.primary} disabled={bad.length > 0 || uploading || accept.isPending}>{accept.isPending ? '正在提交…' : '确认验收'}</button>
      </div>
    </form>
  );
}
