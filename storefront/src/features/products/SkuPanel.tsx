import { useState } from 'react';
import { formatFen } from '../../lib/money';
import type { ProductDetail } from './api';
import styles from './detail.module.css';

type Sku = ProductDetail['skus'][number];

const weight = (g: number) => (g >= 1000 ? `${+(g / 1000).toFixed(2)} 千克` : `${g} 克`);

/** Choose a SKU: price, net weight, stock. Buying opens with the cart (a later release). */
export function SkuPanel({ skus }: { skus: Sku[] }) {
  const [chosen, setChosen] = useState<string | undefined>(skus.find((s) => s.stock > 0)?.id ?? skus[0]?.id);
  const sku = skus.find((s) => s.id === chosen);
  return (
    <section className={styles.card} aria-labelledby="sku-title">
      <h2 id="sku-title" className={styles.cardTitle}>选择规格</h2>
      <div className={styles.skus} role="radiogroup" aria-label="规格">
        {skus.map((s) => (
          <button key={s.id} type="button" role="radio" aria-checked={s.id === chosen}
            className={s.id === chosen ? styles.skuOn : styles.sku} onClick={() => setChosen(s.id)}>
            <span className={styles.skuName}>{s.name}</span>
            <span className={styles.skuPrice}>{formatFen(s.priceFen)}<small>/{s.unit}</small></span>
            <span className={styles.skuMeta}>净含量 {weight(s.netWeightGrams)} · {s.stock > 0 ? `库存 ${s.stock}` : '已售罄'}</span>
          </button>
        ))}
      </div>
      {sku && sku.agencyMinQty > 1 && <p className={styles.muted}>单位食堂采购 {sku.agencyMinQty}{sku.unit} 起订</p>}
      <div className={styles.buyBar}>
        <div>
          <span className={styles.buyPrice}>{sku ? formatFen(sku.priceFen) : '—'}</span>
        </div>
        <button type="button" className={styles.buyButton} disabled aria-describedby="cart-note">加入购物车</button>
      </div>
      <p id="cart-note" className={styles.note}>购物车与下单即将开放</p>
    </section>
  );
}
