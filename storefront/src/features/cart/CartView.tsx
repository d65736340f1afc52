import { formatFen } from '../../lib/money';
import type { CartView as Cart } from './api';
import styles from './cart.module.css';
import { QuantityStepper } from './QuantityStepper';
import { Link } from 'react-router-dom';

/** The cart's lines grouped by co-op (each group becomes one supplier order at checkout). */
export function CartGroups({ cart, onQuantity, onRemove, busy }: {
  cart: Cart;
  onQuantity: (skuId: string, n: number) => void;
  onRemove: (skuId: string) => void;
  busy?: boolean;
}) {
  return (
    <>
      {cart.groups.map((g, i) => (
        <section key={g.supplier?.id ?? `none-${i}`} className={styles.group} aria-label={g.supplier?.name ?? '已下架商品'}>
          <h2 className={styles.groupTitle}>
            <span aria-hidden="true" className={styles.coopMark}>社</span>
            {g.supplier?.name ?? '已下架商品'}
          </h2>
          <ul className={styles.lines}>
            {g.lines.map((l) => (
              <li key={l.skuId} className={l.available ? styles.line : styles.lineOff}>
                <div className={styles.thumb} aria-hidden="true">
                  {l.coverUrl ? <img src={l.coverUrl} alt="" width={72} height={72} loading="lazy" /> : <span>{(l.productName ?? '品').slice(0, 1)}</span>}
                </div>
                <div className={styles.lineBody}>
                  {l.productId ? <Link to={`/products/${l.productId}`} className={styles.lineName}>{l.productName ?? '商品'}</Link> : <span className={styles.lineName}>{l.productName ?? '商品已下架'}</span>}
                  {l.spec && <p className={styles.lineSpec}>{l.spec}</p>}
                  {l.unavailableReason && <p className={styles.lineWarn}>{l.unavailableReason}</p>}
                  <div className={styles.lineFoot}>
                    <span className={styles.linePrice}>{l.priceFen != null ? formatFen(l.priceFen) : '—'}{l.unit && <small>/{l.unit}</small>}</span>
                    <QuantityStepper value={l.quantity} max={l.stock && l.stock > 0 ? Math.max(l.stock, l.quantity) : l.quantity} label={`${l.productName ?? ''} ${l.spec ?? ''}`}
                      disabled={busy} onChange={(n) => onQuantity(l.skuId, n)} />
                  </div>
                </div>
                <button type="button" className={styles.remove} onClick={() => onRemove(l.skuId)} disabled={busy}
                  aria-label={`删除 ${l.productName ?? ''} ${l.spec ?? ''}`}>删除</button>
              </li>
            ))}
          </ul>
          <p className={styles.subtotal}>小计 <strong>{formatFen(g.subtotalFen)}</strong></p>
        </section>
      ))}
    </>
  );
}
