import { errorMessage } from '@bangfu/api-client';
import { Link, useParams } from 'react-router-dom';
import { formatFen } from '../../lib/money';
import { CATEGORY_LABELS, CERTIFICATION_BADGES, shortCountyName, STORAGE_LABELS } from '../catalog/labels';
import { Loading } from '../misc/Loading';
import { PlaceholderPage } from '../misc/PlaceholderPage';
import { useProduct } from './api';
import { CertificateList } from './CertificateList';
import styles from './detail.module.css';
import { OriginCard } from './OriginCard';
import { SkuPanel } from './SkuPanel';

/** A product's page; its origin (county, eastern helpers, base, certificates, season) comes first. */
export function ProductDetailPage() {
  const { id } = useParams();
  const product = useProduct(id);
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
  const cover = p.imageUrls[0];
  return (
    <article className={styles.page}>
      <div className={styles.hero}>
        <div className={styles.gallery}>
          {cover ? <img src={cover} alt={p.name} /> : <span>{CATEGORY_LABELS[p.category] ?? '好物'}</span>}
        </div>
        <div className={styles.summary}>
          <p className={styles.crumbs}>
            <Link to="/categories">全部商品</Link> / <Link to={`/categories?category=${p.category}`}>{CATEGORY_LABELS[p.category] ?? p.category}</Link>
          </p>
          <h1 className={styles.title}>{p.name}</h1>
          <p className={styles.origin}>产自 <strong>{shortCountyName(p.county.name)}</strong>{p.helpers[0] && ` · ${p.helpers[0].name}对口帮扶`}</p>
          <p className={styles.price}>{formatFen(p.minPriceFen)}<small> 起</small></p>
          <ul className={styles.badges}>
            {p.certifications.map((c) => <li key={c}>{CERTIFICATION_BADGES[c] ?? c}</li>)}
            <li>{STORAGE_LABELS[p.storage] ?? p.storage}{p.coldChain ? ' · 冷链配送' : ''}</li>
          </ul>
        </div>
      </div>
      <OriginCard p={p} />
      <CertificateList certs={p.certificationDetails} />
      <SkuPanel skus={p.skus} />
      <section className={styles.card} aria-labelledby="desc-title">
        <h2 id="desc-title" className={styles.cardTitle}>商品介绍</h2>
        <p className={styles.description}>{p.description}</p>
        {p.imageUrls.slice(1).map((u) => <img key={u} src={u} alt="" className={styles.descImage} loading="lazy" />)}
      </section>
    </article>
  );
}
