import { errorMessage } from '@bangfu/api-client';
import { Link, useParams } from 'react-router-dom';
import { formatFen } from '../../lib/money';
import { useAddToCart } from '../cart/api';
import { AddToCartMessage } from '../cart/AddToCartMessage';
import { CATEGORY_LABELS, CERTIFICATION_BADGES, seasonText, shortCountyName, STORAGE_LABELS } from '../catalog/labels';
import { Loading } from '../misc/Loading';
import { PlaceholderPage } from '../misc/PlaceholderPage';
import { useProduct } from './api';
import { CertificateList } from './CertificateList';
import styles from './detail.module.css';
import { Gallery } from './Gallery';
import { LatestInspection } from './LatestInspection';
import { OriginCard } from './OriginCard';
import { SkuPanel } from './SkuPanel';

/**
 * A product's page; its origin (county, eastern helpers, base, households, certificates, season and
 * the latest batch's inspection) is the heart of it.
 *
 * Cart (buying half): give <SkuPanel> an `onAddToCart={({ sku, quantity }) => …}` (and `adding`,
 * `message`) here; see SkuPanel's doc comment for the whole interface.
 */
export function ProductDetailPage() {
  const { id } = useParams();
  const product = useProduct(id);
  const addToCart = useAddToCart();
  if (product.isLoading) return <Loading />;
  if (product.isError) {
    const status = (product.error as { status?: number }).status;
    return status === 404 || status === 400 ? (
      <PlaceholderPage title="商品不存在或已下架" text="该商品可能已下架或认定已过期，去看看其他产地好物吧。" />
    ) : (
      <PlaceholderPage title="加载失败" text={errorMessage(product.error)} />
    );
  }
  const p = product.data!;
  const month = new Date().getMonth() + 1;
  const certs = p.certificationDetails.filter((c) => c.valid);
  return (
    <article className={styles.page}>
      <div className={styles.hero}>
        <Gallery name={p.name} category={p.category} urls={p.imageUrls} />
        <div className={styles.summary}>
          <p className={styles.crumbs}>
            <Link to="/search">全部商品</Link> / <Link to={`/search?category=${p.category}`}>{CATEGORY_LABELS[p.category] ?? p.category}</Link>
          </p>
          <h1 className={styles.title}>{p.name}</h1>
          <p className={styles.origin}>产自 <strong>{shortCountyName(p.county.name)}</strong>{p.helpers[0] && ` · ${p.helpers[0].name}对口帮扶`}</p>
          <p className={styles.price}>{formatFen(p.minPriceFen)}<small> 起</small></p>
          <ul className={styles.badges} aria-label="时令与储运">
            <li>{p.saleMonths.includes(month) ? `正当季 · ${seasonText(p.saleMonths)}` : `${seasonText(p.saleMonths)}上市`}</li>
            <li>{STORAGE_LABELS[p.storage] ?? p.storage}{p.coldChain ? ' · 冷链配送' : ''}</li>
          </ul>
          <ul className={styles.certBadges} aria-label="认证">
            {certs.map((c) => (
              <li key={c.id} className={c.type === 'ASSISTANCE' ? styles.certBadgeMain : undefined}>
                <strong>{CERTIFICATION_BADGES[c.type] ?? c.label}</strong>
                <span>编号 {c.number}</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
      <SkuPanel skus={p.skus} adding={addToCart.isPending} message={addToCart.isIdle ? undefined : <AddToCartMessage mutation={addToCart} />}
        onAddToCart={({ sku, quantity }) => addToCart.mutate({ skuId: sku.id, productId: p.id, quantity })} />
      <OriginCard p={p} month={month} />
      <LatestInspection productId={p.id} />
      <CertificateList certs={p.certificationDetails} />
      <section className={styles.card} aria-labelledby="desc-title">
        <h2 id="desc-title" className={styles.cardTitle}>商品介绍</h2>
        <p className={styles.description}>{p.description}</p>
        {p.imageUrls.slice(1).map((u) => <img key={u} src={u} alt="" className={styles.descImage} width={800} height={600} loading="lazy" decoding="async" />)}
      </section>
    </article>
  );
}
