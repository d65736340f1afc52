import { errorMessage } from '@bangfu/api-client';
import { useState } from 'react';
import { formatFen } from '../../lib/money';
import { useDebounced } from '../../lib/useDebounced';
import styles from '../checkout/buy.module.css';
import { useProduct, useProducts, type ProductSummary } from '../products/api';
import own from './procurement.module.css';
import type { ProcurementCartLine } from './procurementCart';

type AddLine = (l: Omit<ProcurementCartLine, 'quantity'>) => void;

/** Search the listed products (the shop's search API) and add SKUs to the procurement order at their minimum. */
export function ProductPicker({ onAdd, inCart }: { onAdd: AddLine; inCart: Set<string> }) {
  const [text, setText] = useState('');
  const q = useDebounced(text.trim().slice(0, 50), 250);
  const products = useProducts({ ...(q ? { q } : {}), page: 1 }, 20);
  return (
    <section className={styles.card} aria-labelledby="picker-title">
      <h2 id="picker-title" className={styles.cardTitle}>选择商品</h2>
      <div className={styles.field}>
        <label htmlFor="proc-search">搜索商品</label>
        <input id="proc-search" type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="商品名、产地或拼音，如 芒果" maxLength={50} />
      </div>
      {products.isPending ? (
        <p className={styles.muted}>正在搜索…</p>
      ) : products.isError ? (
        <p role="alert" className={styles.alert}>{errorMessage(products.error)}</p>
      ) : products.data.items.length === 0 ? (
        <p className={styles.muted}>没有找到相关商品。</p>
      ) : (
        <ul className={own.results} aria-label="商品搜索结果">
          {products.data.items.map((p) => <ProductRow key={p.id} product={p} onAdd={onAdd} inCart={inCart} />)}
        </ul>
      )}
    </section>
  );
}

function ProductRow({ product, onAdd, inCart }: { product: ProductSummary; onAdd: AddLine; inCart: Set<string> }) {
  const [open, setOpen] = useState(false);
  const detail = useProduct(open ? product.id : undefined);
  const panelId = `skus-${product.id}`;
  return (
    <li>
      <button type="button" className={own.productButton} aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        <span>
          <strong>{product.name}</strong>
          <br />
          <span className={styles.muted}>{product.supplier.name} · {product.county.name}</span>
        </span>
        <span className={styles.muted}>{formatFen(product.minPriceFen)} 起</span>
      </button>
      {open && (
        <div id={panelId}>
          {detail.isPending ? (
            <p className={styles.muted}>正在加载规格…</p>
          ) : detail.isError ? (
            <p role="alert" className={styles.alert}>{errorMessage(detail.error)}</p>
          ) : (
            <ul className={own.skus}>
              {detail.data.skus.map((s) => {
                const added = inCart.has(s.id);
                return (
                  <li key={s.id}>
                    <span>
                      {s.name} · {formatFen(s.priceFen)}/{s.unit} <span className={own.min}>起订量 {s.agencyMinQty}</span>
                      {s.stock < s.agencyMinQty && <span className={styles.muted}> · 库存不足起订量</span>}
                    </span>
                    <button
                      type="button"
                      className={styles.secondary}
                      aria-label={`加入采购单：${detail.data.name} ${s.name}`}
                      disabled={added || s.stock < s.agencyMinQty}
                      onClick={() =>
                        onAdd({
                          skuId: s.id, productId: detail.data.id, productName: detail.data.name, spec: s.name, unit: s.unit, priceFen: s.priceFen,
                          agencyMinQty: s.agencyMinQty, supplierId: detail.data.supplier.id, supplierName: detail.data.supplier.name,
                        })
                      }
                    >
                      {added ? '已加入' : '加入采购单'}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </li>
  );
}
