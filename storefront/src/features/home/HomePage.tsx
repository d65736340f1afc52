import { Link } from 'react-router-dom';
import { isCountyHall, seasonalZone, useZones } from '../zones/api';
import { ZoneShelf } from '../zones/ZoneShelf';
import styles from './home.module.css';
import { SeasonalShelf } from './SeasonalShelf';

const PILLARS = [
  { title: '产地直供', text: '商品来自广西、云南、贵州等结对帮扶县的合作社、企业与生产基地。' },
  { title: '认定可溯', text: '展示消费帮扶产品认定、圳品与供深基地信息，一品一码可追溯。' },
  { title: '联农带农', text: '每一笔购买都计入帮扶成效，带动当地农户稳定增收。' },
];

export function HomePage() {
  const zones = useZones();
  const all = zones.data ?? [];
  const seasonal = seasonalZone(all);
  const themed = all.filter((z) => z !== seasonal && !isCountyHall(z));
  const halls = all.filter(isCountyHall);

  return (
    <>
      <section className={styles.hero}>
        <p className={styles.eyebrow}>东西部协作 · 消费帮扶</p>
        <h1>买西部好物，助乡村振兴</h1>
        <p>帮扶集市连接东部城市与结对帮扶县：市民选购当季农产品，预算单位食堂按份额采购，让产地好物走上城市餐桌。</p>
        <Link to="/categories" className={styles.heroLink}>逛逛全部商品</Link>
      </section>

      {!zones.isLoading && <SeasonalShelf zone={seasonal} />}

      {themed.map((z) => <ZoneShelf key={z.id} zone={z} />)}

      {halls.length > 0 && (
        <section className={styles.section} aria-labelledby="halls-title">
          <h2 id="halls-title">县域馆</h2>
          <ul className={styles.halls}>
            {halls.map((z) => (
              <li key={z.id}><Link to={`/zones/${z.slug}`}>{z.name}</Link></li>
            ))}
          </ul>
        </section>
      )}

      <section className={styles.section} aria-labelledby="pillars-title">
        <h2 id="pillars-title">为什么在这里买</h2>
        <ul className={styles.pillars}>
          {PILLARS.map((p) => (
            <li key={p.title} className={styles.pillar}>
              <strong>{p.title}</strong>
              <span>{p.text}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
