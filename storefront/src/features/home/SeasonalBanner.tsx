import { Link } from 'react-router-dom';
import { useZone, type Zone } from '../zones/api';
import styles from './home.module.css';
import { seasonBanner } from './season';

/** The month's banner: solar terms, the in-season zone and what is in season now. */
export function SeasonalBanner({ zone, month = new Date().getMonth() + 1 }: { zone: Zone | undefined; month?: number }) {
  const seasonal = useZone(zone?.slug);
  const b = seasonBanner(month, zone, seasonal.data?.products ?? []);
  return (
    <section className={styles.banner} aria-labelledby="season-banner-title">
      <p className={styles.bannerEyebrow}>{b.eyebrow}</p>
      <h2 id="season-banner-title">{b.title}</h2>
      <p>{b.text}</p>
      {b.highlights.length > 0 && (
        <ul className={styles.bannerChips} aria-label="正当季">
          {b.highlights.map((h) => <li key={h.id}><Link to={`/products/${h.id}`}>{h.name}</Link></li>)}
        </ul>
      )}
      <Link to={b.to} className={styles.bannerLink}>去看当季好物 ›</Link>
    </section>
  );
}
