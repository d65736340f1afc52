import { Link } from 'react-router-dom';
import { formatFen } from '../../lib/money';
import { CATEGORY_LABELS, shortCountyName } from '../catalog/labels';
import type { ProductSummary } from './api';
import styles from './shelf.module.css';

/** A titled, horizontally scrolling row of products (home page sections). */
export function ProductShelf({ id, title, description, moreTo, products, loading }: {
  id: string;
  title: string;
  description?: string;
  moreTo: string;
  products: ProductSummary[];
  loading?: boolean;
}) {
  return (
    <section className={styles.shelf} aria-labelledby={id}>
      <div className={styles.shelfHead}>
        <h2 id={id}>{title}</h2>
        <Link to={moreTo}>查看全部 ›</Link>
      </div>
      {description && <p className={styles.shelfDesc}>{description}</p>}
      <ul className={styles.shelfList}>
        {loading && <li className={styles.shelfSkeleton} aria-hidden="true" />}
        {products.map((p) => (
          <li key={p.id}>
            <Link to={`/products/${p.id}`} className={styles.mini}>
              <div className={styles.miniCover}>
                {p.coverUrl ? <img src={p.coverUrl} alt="" width={136} height={136} loading="lazy" decoding="async" /> : <span>{CATEGORY_LABELS[p.category] ?? '好物'}</span>}
              </div>
              <strong>{p.name}</strong>
              <span className={styles.miniOrigin}>{shortCountyName(p.county.name)}</span>
              <span className={styles.miniPrice}>{formatFen(p.minPriceFen)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
