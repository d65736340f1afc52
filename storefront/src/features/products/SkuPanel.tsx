import { useState, type ReactNode } from 'react';
import { formatFen } from '../../lib/money';
import type { ProductDetail } from './api';
import styles from './detail.module.css';

export type Sku = ProductDetail['skus'][number];

/** What the buyer has chosen in the SKU picker. */
export interface SkuSelection {
  sku: Sku;
  /** 1 … min(stock, MAX_QUANTITY) */
  quantity: number;
}

/** Checkout accepts 1–999 units per SKU. */
export const MAX_QUANTITY = 999;

const weight = (g: number) => (g >= 1000 ? `${+(g / 1000).toFixed(2)} 千克` : `${g} 克`);
const clamp = (n: number, max: number) => Math.max(1, Math.min(max, Math.floor(n) || 1));

/**
 * Choose a SKU and a quantity: price (¥ from fen), net weight and stock per SKU.
 *
 * For the cart (buying half of issue 6): pass `onAddToCart`; the 加入购物车 button calls it with the
 * chosen SKU and quantity and shows `adding` while it runs. Without `onAddToCart` the button is
 * disabled with a note. `onChange` reports every change of selection (e.g. for a sticky buy bar).
 * `actions` replaces the default button entirely when a page needs more (e.g. 立即购买 beside it).
 */
export function SkuPanel({ skus, onAddToCart, adding = false, onChange, actions, message }: {
  skus: Sku[];
  onAddToCart?: (selection: SkuSelection) => void | Promise<void>;
  adding?: boolean;
  onChange?: (selection: SkuSelection | undefined) => void;
  actions?: (selection: SkuSelection | undefined) => ReactNode;
  /** A line under the button, e.g. 已加入购物车 or an error (announced politely). */
  message?: ReactNode;
}) {
  const [chosen, setChosen] = useState<string | undefined>(skus.find((s) => s.stock > 0)?.id ?? skus[0]?.id);
  const [quantity, setQuantity] = useState(1);
  // The SKU list can change under us (a refetch after a SKU went off sale): fall back to the first in stock.
  const sku = skus.find((s) => s.id === chosen) ?? skus.find((s) => s.stock > 0) ?? skus[0];
  const max = sku ? Math.max(1, Math.min(sku.stock, MAX_QUANTITY)) : 1;
  const qty = clamp(quantity, max);
  const selection = sku && sku.stock > 0 ? { sku, quantity: qty } : undefined;

  const choose = (s: Sku) => {
    setChosen(s.id);
    const q = clamp(quantity, Math.max(1, Math.min(s.stock, MAX_QUANTITY)));
    setQuantity(q);
    onChange?.(s.stock > 0 ? { sku: s, quantity: q } : undefined);
  };
  const changeQty = (n: number) => {
    const q = clamp(n, max);
    setQuantity(q);
    if (sku && sku.stock > 0) onChange?.({ sku, quantity: q });
  };

  return (
    <section className={styles.card} aria-labelledby="sku-title">
      <h2 id="sku-title" className={styles.cardTitle}>选择规格</h2>
      <div className={styles.skus} role="radiogroup" aria-labelledby="sku-title">
        {skus.map((s) => (
          <button key={s.id} type="button" role="radio" aria-checked={s.id === sku?.id}
            className={s.id === sku?.id ? styles.skuOn : styles.sku} onClick={() => choose(s)}>
            <span className={styles.skuName}>{s.name}</span>
            <span className={styles.skuPrice}>{formatFen(s.priceFen)}<small>/{s.unit}</small></span>
            <span className={styles.skuMeta}>净含量 {weight(s.netWeightGrams)} · {s.stock > 0 ? `库存 ${s.stock}` : '已售罄'}</span>
          </button>
        ))}
      </div>
      {sku && sku.agencyMinQty > 1 && <p className={styles.muted}>单位食堂采购 {sku.agencyMinQty}{sku.unit} 起订</p>}
      {sku && sku.stock > 0 && (
        <div className={styles.qtyRow}>
          <span id="qty-label">数量</span>
          <div className={styles.stepper} role="group" aria-labelledby="qty-label">
            <button type="button" aria-label="减少数量" disabled={qty <= 1} onClick={() => changeQty(qty - 1)}>−</button>
            <input type="number" inputMode="numeric" min={1} max={max} value={qty} aria-label="购买数量"
              onChange={(e) => changeQty(Number(e.target.value))} />
            <button type="button" aria-label="增加数量" disabled={qty >= max} onClick={() => changeQty(qty + 1)}>+</button>
          </div>
          <span className={styles.muted}>{sku.unit}</span>
        </div>
      )}
      <div className={styles.buyBar}>
        <div>
          <span className={styles.buyPrice} data-testid="sku-price">{sku ? formatFen(sku.priceFen * (selection ? qty : 1)) : '—'}</span>
          {selection && qty > 1 && <span className={styles.muted}> （{formatFen(sku!.priceFen)} × {qty}）</span>}
        </div>
        {actions ? actions(selection) : (
          <button type="button" className={styles.buyButton} disabled={!onAddToCart || !selection || adding}
            aria-describedby={onAddToCart ? undefined : 'cart-note'}
            onClick={() => selection && onAddToCart?.(selection)}>
            {!sku || sku.stock <= 0 ? '已售罄' : adding ? '正在加入…' : '加入购物车'}
          </button>
        )}
      </div>
      {!onAddToCart && !actions && <p id="cart-note" className={styles.note}>购物车与下单即将开放</p>}
      {message && <p className={styles.note} role="status">{message}</p>}
    </section>
  );
}
