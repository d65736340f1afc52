import { errorMessage } from '@bangfu/api-client';
import { useParams } from 'react-router-dom';
import { Loading } from '../misc/Loading';
import { PlaceholderPage } from '../misc/PlaceholderPage';
import { ProductGrid } from '../products/ProductCard';
import { useZone } from './api';
import styles from './zones.module.css';

/** /zones/:slug — one curated zone (专区/县域馆) and every product it shows today. */
export function ZonePage() {
  const { slug } = useParams();
  const zone = useZone(slug);
  if (zone.isLoading) return <Loading />;
  if (zone.isError) {
    return (zone.error as { status?: number }).status === 404 ? (
      <PlaceholderPage title="专区不存在" text="该专区不存在或已下线。" />
    ) : (
      <PlaceholderPage title="加载失败" text={errorMessage(zone.error)} />
    );
  }
  const z = zone.data!;
  return (
    <section className={styles.page}>
      <header className={styles.banner}>
        <p className={styles.bannerKind}>{z.slug.startsWith('county-') ? '县域馆' : '帮扶专区'}</p>
        <h1>{z.name}</h1>
        {z.description && <p>{z.description}</p>}
      </header>
      <p className={styles.count}>共 {z.products.length} 件商品</p>
      {z.products.length ? (
        <ProductGrid products={z.products} label={`${z.name}商品`} />
      ) : (
        <div className={styles.empty}>该专区的商品正在上架中，敬请期待。</div>
      )}
    </section>
  );
}
