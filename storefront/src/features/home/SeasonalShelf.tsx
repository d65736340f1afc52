import { ProductShelf } from '../products/ProductShelf';
import { useProducts } from '../products/api';
import { useZone, type Zone } from '../zones/api';
import styles from './home.module.css';

/**
 * 当季好物: the in-season zone's products; when there is no such zone or it is empty this month,
 * the newest listed products instead, so the home page never shows an empty shelf with products on sale.
 */
export function SeasonalShelf({ zone }: { zone: Zone | undefined }) {
  const seasonal = useZone(zone?.slug);
  const latest = useProducts({ page: 1 }, 8);
  const fromZone = seasonal.data?.products.slice(0, 8) ?? [];
  const products = fromZone.length ? fromZone : (latest.data?.items ?? []);
  const loading = (!!zone && seasonal.isLoading) || latest.isLoading;
  if (!loading && !products.length) {
    return (
      <section className={styles.section} aria-labelledby="seasonal-title">
        <h2 id="seasonal-title">当季好物</h2>
        <div className={styles.empty}>
          <strong>商品即将上架</strong>
          百色芒果、沙糖桔、都匀毛尖等产地好物正在审核入驻，敬请期待。
        </div>
      </section>
    );
  }
  return (
    <ProductShelf id="seasonal-title" title="当季好物"
      description={fromZone.length ? zone?.description : '新近上架的产地好物'}
      moreTo={fromZone.length && zone ? `/zones/${zone.slug}` : '/categories'} products={products} loading={loading} />
  );
}
