import { errorMessage } from '@bangfu/api-client';
import { useState, type FormEvent } from 'react';
import styles from '../checkout/buy.module.css';
import { REFUND_REASONS_AFTER, REFUND_REASONS_BEFORE } from './labels';
import type { Order, Part } from './api';

/** 申请退款 for one co-op's part: which units (default: all refundable) and why. */
export function RefundForm({ order, part, pending, error, onSubmit, onCancel }: {
  order: Order;
  part: Part;
  pending: boolean;
  error: unknown;
  onSubmit: (v: { reason: string; lines?: { orderItemId: string; quantity: number }[] }) => void;
  onCancel: () => void;
}) {
  const items = order.items.filter((i) => i.supplierOrderId === part.id && i.quantity - i.refundedQty > 0);
  const shipped = part.shipments.length > 0;
  const presets = shipped ? REFUND_REASONS_AFTER : REFUND_REASONS_BEFORE;
  const [reason, setReason] = useState(presets[0]);
  const [detail, setDetail] = useState('');
  const [qty, setQty] = useState<Record<string, number>>(Object.fromEntries(items.map((i) => [i.id, i.quantity - i.refundedQty])));
  const id = `refund-${part.id}`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const all = items.every((i) => qty[i.id] === i.quantity - i.refundedQty);
    const lines = items.filter((i) => qty[i.id] > 0).map((i) => ({ orderItemId: i.id, quantity: qty[i.id] }));
    if (!lines.length) return;
    onSubmit({ reason: detail.trim() ? `${reason}：${detail.trim()}` : reason, ...(all ? {} : { lines }) });
  };

  return (
    <form onSubmit={submit} className={styles.addressForm} aria-label="申请退款">
      <p className={styles.muted}>{shipped ? '已发货：退款金额按实付分摊，退货方式请与合作社联系。' : '尚未发货：同意后未发出的商品退回库存，款项原路退回。'}</p>
      <div className={styles.field}>
        <label htmlFor={`${id}-reason`}>退款原因</label>
        <select id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)}>
          {presets.map((r) => <option key={r}>{r}</option>)}
          <option>其他</option>
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-detail`}>补充说明（选填）</label>
        <textarea id={`${id}-detail`} rows={2} maxLength={150} value={detail} onChange={(e) => setDetail(e.target.value)} />
      </div>
      {items.map((i) => (
        <div key={i.id} className={styles.field}>
          <label htmlFor={`${id}-${i.id}`}>{i.productName} · {i.spec}（最多 {i.quantity - i.refundedQty}{i.unit}）</label>
          <input id={`${id}-${i.id}`} type="number" min={0} max={i.quantity - i.refundedQty} value={qty[i.id]}
            onChange={(e) => setQty({ ...qty, [i.id]: Math.max(0, Math.min(i.quantity - i.refundedQty, Math.floor(Number(e.target.value) || 0))) })} />
        </div>
      ))}
      {error != null && <p role="alert" className={styles.alert}>{errorMessage(error)}</p>}
      <div className={styles.formActions}>
        <button type="button" className={styles.danger} onClick={onCancel}>取消</button>
        <button type="submit" className={styles.primary} disabled={pending}>提交退款申请</button>
      </div>
    </form>
  );
}
