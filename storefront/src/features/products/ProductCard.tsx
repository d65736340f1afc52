import { Link } from 'react-router-dom';
import { formatFen } from '../../lib/money';
import { CATEGORY_LABELS, CERTIFICATION_BADGES, shortCountyName } from '../catalog/labels';
import type { ProductSummary } from './api';
import styles from './products.module.css';

/** A product in a list: cover, name, origin county, certificates, lowest price. */
export function ProductCard({ product: p }: { product: ProductSummary }) {
  return (
    <Link to={`/products/${p.id}`} className={styles.card}>
      <div className={styles.cover}>
        {p.coverUrl ? <img src={p.coverUrl} alt="" width={300} height={300} loading="lazy" decoding="async" /> : <span>{CATEGORY_LABELS[p.category] ?? '好物'}</span>}
      </div>
      <div className={styles.cardBody}>
        <h3 className={styles.cardName}>{p.name}</h3>
        <p className={styles.origin} title={p.county.name}>产地 · {shortCountyName(p.county.name)}</p>
        <ul className={styles.badges} aria-label="认证">
          {p.certifications.map((c) => (
            <li key={c} className={c === 'ASSISTANCE' ? styles.badgeMain : styles.badge}>{CERTIFICATION_BADGES[c] ?? c}</li>
          ))}
        </ul>
        <p className={styles.price}>
          {formatFen(p.minPriceFen)}
          <small> 起</small>
        </p>
      </div>
    </Link>
  );
}

export function ProductGrid({ products, label }: { products: ProductSummary[]; label?: string }) {
  return (
    <ul className={styles.grid} aria-label={label}>
      {products.map((p) => (
        <li key={p.id}>
          <ProductCard product={p} />
        </li>
      ))}
    </ul>
  );
}
