import { errorMessage } from '@bangfu/api-client';
import { useEffect, useRef } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { shortCountyName } from '../catalog/labels';
import { Loading } from '../misc/Loading';
import { PAGE_SIZE, useProductSearch } from '../products/api';
import { FilterChips } from '../products/FilterChips';
import { filtersFromParams, PRICE_BANDS, withFilter, type FilterKey, type Sort } from '../products/filters';
import { ProductGrid } from '../products/ProductCard';
import { useHelperUnits } from '../regions/api';
import { isCountyHall, useZones } from '../zones/api';
import { activeFilters } from './filter-summary';
import { SearchBox } from './SearchBox';
import styles from './search.module.css';
import { suggestionTarget } from './suggest';

const SORT_TABS: { value: Sort | undefined; label: string }[] = [
  { value: undefined, label: '综合' },
  { value: 'sales', label: '销量' },
  { value: 'price_asc', label: '价格从低到高' },
  { value: 'price_desc', label: '价格从高到低' },
  { value: 'newest', label: '新品' },
];

/**
 * /search (and the 分类 tab): instant suggestions, facets (产地, 认证, 当季, 价格, 类目), sorting and
 * infinite scroll. Every filter lives in the URL, so a result list can be shared and the back button works.
 */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const filters = filtersFromParams(params);
  const search = useProductSearch(filters);
  const helpers = useHelperUnits();
  const set = (key: FilterKey, value: string | undefined) => setParams(withFilter(params, key, value));
  const pages = search.data?.pages ?? [];
  const first = pages[0];
  const items = pages.flatMap((p) => p.items);
  const facets = first?.facets;
  const priceValue = filters.minPriceFen !== undefined || filters.maxPriceFen !== undefined ? `${filters.minPriceFen ?? ''}-${filters.maxPriceFen ?? ''}` : undefined;
  const countyName = facets?.county.find((c) => c.value === filters.countyCode)?.label ?? facets?.city.find((c) => c.value === filters.countyCode)?.label;
  const helperName = helpers.data?.find((h) => h.id === filters.helperUnitId)?.name;
  const active = activeFilters(filters, { county: countyName, helper: helperName });

  return (
    <section className={styles.page}>
      <h1 className={styles.title}>{filters.q ? `搜索「${filters.q}」` : '全部商品'}</h1>
      <SearchBox key={filters.q ?? ''} initial={filters.q ?? ''}
        onSearch={(q) => setParams(withFilter(params, 'q', q || undefined))}
        onPick={(s) => navigate(suggestionTarget(s))} />

      <div className={styles.sortBar} role="group" aria-label="排序">
        {SORT_TABS.map((t) => (
          <button key={t.label} type="button" aria-pressed={filters.sort === t.value}
            className={filters.sort === t.value ? styles.sortOn : styles.sort} onClick={() => set('sort', t.value)}>
            {t.label}
          </button>
        ))}
      </div>

      {facets && (
        <div className={styles.filters}>
          <FilterChips title="产地" facets={facets.county.map((f) => ({ ...f, label: shortCountyName(f.label) }))}
            selected={filters.countyCode} onSelect={(v) => set('countyCode', v)} />
          <FilterChips title="认证" facets={facets.certification} selected={filters.certification} onSelect={(v) => set('certification', v)} />
          <FilterChips title="时令" facets={[{ value: 'true', label: '只看当季', count: filters.inSeason ? first.total : NaN }]}
            allLabel="不限" selected={filters.inSeason ? 'true' : undefined} onSelect={(v) => set('inSeason', v)} />
          <FilterChips title="价格" facets={PRICE_BANDS.map((b) => ({ ...b, count: NaN }))} allLabel="不限"
            selected={priceValue} onSelect={(v) => set('price', v)} />
          <FilterChips title="类目" facets={facets.category} selected={filters.category} onSelect={(v) => set('category', v)} />
        </div>
      )}

      {active.length > 0 && (
        <div className={styles.active} aria-label="已选条件">
          <span>已选：</span>
          {active.map((a) => (
            <button key={a.key} type="button" className={styles.activeChip} onClick={() => set(a.key, undefined)} aria-label={`移除筛选：${a.label}`}>
              {a.label} <span aria-hidden="true">×</span>
            </button>
          ))}
          <Link to="/search" className={styles.clearAll}>清除全部</Link>
        </div>
      )}

      {search.isError && !first && <SearchError message={errorMessage(search.error)} onRetry={() => search.refetch()} />}
      {search.isLoading && <Loading text="正在搜索…" />}
      {first && (
        <div aria-busy={search.isFetching}>
          <p className={styles.total} role="status">共 {first.total} 件商品</p>
          {items.length ? (
            <>
              <ProductGrid products={items} label="搜索结果" />
              <MoreResults hasMore={!!search.hasNextPage} loading={search.isFetchingNextPage} failed={search.isFetchNextPageError}
                onMore={() => search.fetchNextPage()} shown={items.length} total={first.total} />
            </>
          ) : (
            <EmptyResults q={filters.q} active={active} onRemove={(k) => set(k, undefined)} />
          )}
        </div>
      )}
    </section>
  );
}

/** "加载更多", also pressed by scrolling near it (IntersectionObserver) — infinite scroll with a fallback. */
function MoreResults({ hasMore, loading, failed, onMore, shown, total }: {
  hasMore: boolean; loading: boolean; failed: boolean; onMore: () => void; shown: number; total: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || !hasMore || loading || failed || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && onMore(), { rootMargin: '400px' });
    io.observe(el);
    return () => io.disconnect();
  }, [hasMore, loading, failed, onMore]);
  return (
    <div ref={ref} className={styles.more}>
      {failed && <p role="alert">加载失败，请重试。</p>}
      {hasMore ? (
        <button type="button" onClick={onMore} disabled={loading}>{loading ? '加载中…' : `加载更多（已显示 ${shown}/${total}）`}</button>
      ) : (
        shown > PAGE_SIZE && <p>已经到底了</p>
      )}
    </div>
  );
}

/** No results: say what was searched, offer to drop each filter, and show where else to look. */
export function EmptyResults({ q, active, onRemove }: {
  q?: string;
  active: ReturnType<typeof activeFilters>;
  onRemove: (key: FilterKey) => void;
}) {
  const removable = active.filter((a) => a.key !== 'q');
  return (
    <div className={styles.empty}>
      <h2>{q ? `没有找到与「${q}」相关的商品` : '没有符合条件的商品'}</h2>
      {removable.length > 0 ? (
        <>
          <p>试试去掉一个筛选条件：</p>
          <ul className={styles.emptyActions}>
            {removable.map((a) => (
              <li key={a.key}><button type="button" onClick={() => onRemove(a.key)}>去掉「{a.label}」</button></li>
            ))}
          </ul>
        </>
      ) : (
        <p>换个说法试试：可以输入商品名、产地（如「田东」）或拼音（如 mangguo、bsmg）。</p>
      )}
      <PopularZones />
    </div>
  );
}

function SearchError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div className={styles.empty} role="alert">
      <h2>搜索暂时不可用</h2>
      <p>{message}</p>
      <button type="button" className={styles.retry} onClick={onRetry}>重试</button>
      <PopularZones />
    </div>
  );
}

/** The curated zones (专区) as a way out of an empty or failed search. */
export function PopularZones() {
  const zones = useZones();
  const shown = (zones.data ?? []).filter((z) => !isCountyHall(z)).slice(0, 6);
  if (!shown.length) return null;
  return (
    <nav className={styles.zones} aria-label="热门专区">
      <h3>去热门专区看看</h3>
      <ul>
        {shown.map((z) => <li key={z.id}><Link to={`/zones/${z.slug}`}>{z.name}</Link></li>)}
      </ul>
    </nav>
  );
}
