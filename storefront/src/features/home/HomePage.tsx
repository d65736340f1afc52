import { Link, useNavigate } from 'react-router-dom';
import { useProducts } from '../products/api';
import { ProductShelf } from '../products/ProductShelf';
import { SearchBox } from '../search/SearchBox';
import { suggestionTarget } from '../search/suggest';
import { isCountyHall, seasonalZone, useZones, type Zone } from '../zones/api';
import { ZoneShelf } from '../zones/ZoneShelf';
import { CityHelpers } from './CityHelpers';
import styles from './home.module.css';
import { SeasonalBanner } from './SeasonalBanner';
import { SeasonalShelf } from './SeasonalShelf';

const PILLARS = [
  { title: '产地直供', text: '商品来自广西、云南、贵州等结对帮扶县的合作社、企业与生产基地。' },
  { title: '认定可溯', text: '展示消费帮扶产品认定、圳品与供深基地信息，一品一码可追溯。' },
  { title: '联农带农', text: '每一笔购买都计入帮扶成效，带动当地农户稳定增收。' },
];

/** Halls whose county (or prefecture) has products on sale come first, with their counts. */
export function hallsWithCounts(halls: Zone[], counts: Map<string, number>) {
  const code = (z: Zone) => z.slug.slice('county-'.length);
  const withCount = halls.map((z) => ({ zone: z, count: counts.get(code(z)) ?? 0 }));
  return [...withCount.filter((h) => h.count > 0).sort((a, b) => b.count - a.count), ...withCount.filter((h) => h.count === 0)];
}

export function HomePage() {
  const navigate = useNavigate();
  const zones = useZones();
  const all = zones.data ?? [];
  const seasonal = seasonalZone(all);
  const themed = all.filter((z) => z !== seasonal && !isCountyHall(z));
  const halls = all.filter(isCountyHall);
  const bestSellers = useProducts({ sort: 'sales', page: 1 }, 8);
  const facets = bestSellers.data?.facets;
  const counts = new Map([...(facets?.county ?? []), ...(facets?.city ?? [])].map((f) => [f.value, f.count]));
  const orderedHalls = hallsWithCounts(halls, counts);
  const stocked = orderedHalls.filter((h) => h.count > 0);
  const rest = orderedHalls.filter((h) => h.count === 0);

  return (
    <>
      <section className={styles.hero}>
        <p className={styles.eyebrow}>东西部协作 · 消费帮扶</p>
        <h1>买西部好物，助乡村振兴</h1>
        <p>帮扶集市连接东部城市与结对帮扶县：市民选购当季农产品，预算单位食堂按份额采购，让产地好物走上城市餐桌。</p>
        <div className={styles.heroSearch}>
          <SearchBox onSearch={(q) => navigate(q ? `/search?q=${encodeURIComponent(q)}` : '/search')} onPick={(s) => navigate(suggestionTarget(s))} />
        </div>
      </section>

      {!zones.isLoading && <SeasonalBanner zone={seasonal} />}
      {!zones.isLoading && <SeasonalShelf zone={seasonal} />}

      <CityHelpers stockedCodes={facets ? new Set(counts.keys()) : undefined} />

      {themed.map((z) => <ZoneShelf key={z.id} zone={z} />)}

      {(bestSellers.isLoading || !!bestSellers.data?.items.length) && (
        <ProductShelf id="best-sellers-title" title="热销榜" description="大家都在买的产地好物" moreTo="/search?sort=sales"
          products={bestSellers.data?.items ?? []} loading={bestSellers.isLoading} />
      )}

      {halls.length > 0 && (
        <section className={styles.section} aria-labelledby="halls-title">
          <h2 id="halls-title">县域馆</h2>
          <p className={styles.sectionText}>每个结对帮扶县一座馆，买到哪里、帮到哪里。</p>
          <ul className={styles.halls}>
            {stocked.map(({ zone: z, count }) => (
              <li key={z.id}><Link to={`/zones/${z.slug}`} className={styles.hallStocked}>{z.name}<span> · {count} 件</span></Link></li>
            ))}
          </ul>
          {rest.length > 0 && (
            <details className={styles.moreHalls}>
              <summary>更多县域馆（{rest.length}）</summary>
              <ul className={styles.halls}>
                {rest.map(({ zone: z }) => <li key={z.id}><Link to={`/zones/${z.slug}`}>{z.name}</Link></li>)}
              </ul>
            </details>
          )}
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
