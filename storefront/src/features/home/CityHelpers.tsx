import { unwrap } from '@bangfu/api-client';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api } from '../../lib/api';
import { shortCountyName } from '../catalog/labels';
import { useProducts } from '../products/api';
import { ProductShelf } from '../products/ProductShelf';
import { useHelperUnits } from '../regions/api';
import styles from './home.module.css';
import { effectiveUnit, firstStockedUnit, HELPER_CITIES, loadHelperChoice, saveHelperChoice, unitLabel, unitsOfCity, type HelperChoice } from './helper-choice';

/** Today's pairings (one request), to start a first-time visitor on a unit whose counties sell something. */
function useTodaysPairings(enabled: boolean) {
  return useQuery({
    queryKey: ['shop', 'pairings-today'],
    queryFn: () => unwrap(api.GET('/api/regions/pairings', { params: { query: { date: todayInShanghai() } } })),
    enabled,
    select: (d) => d.items.map((p) => ({ helperUnitId: p.helperUnit.id, countyCode: p.county.code })),
    staleTime: 30 * 60_000,
  });
}

const todayInShanghai = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

function usePairedCounties(unitId: string | undefined) {
  return useQuery({
    queryKey: ['shop', 'helper-counties', unitId],
    queryFn: () => unwrap(api.GET('/api/regions/helper-units/{id}/counties', { params: { path: { id: unitId! } } })),
    enabled: !!unitId,
    select: (d) => d.items.map((p) => p.county),
    staleTime: 30 * 60_000,
  });
}

/**
 * 「我的城市帮扶」: the visitor picks 深圳/广州/东莞 and a district or town (remembered in this
 * browser) and sees the products of the western counties that unit is paired with today
 * (GET /api/products?helperUnitId=…).
 */
export function CityHelpers({ stockedCodes }: { stockedCodes?: Set<string> }) {
  const id = useId();
  const units = useHelperUnits();
  const [choice, setChoice] = useState<HelperChoice>(() => loadHelperChoice() ?? { city: '深圳市' });
  const all = units.data ?? [];
  const pairings = useTodaysPairings(!choice.unitId && !!stockedCodes?.size);
  const unit = !choice.unitId && pairings.data && stockedCodes
    ? firstStockedUnit(all, choice.city, pairings.data, stockedCodes)
    : effectiveUnit(all, choice);
  const counties = usePairedCounties(unit?.id);
  const products = useProducts({ helperUnitId: unit?.id, page: 1 }, 8);
  const update = (next: HelperChoice) => {
    setChoice(next);
    saveHelperChoice(next);
  };
  const items = unit ? (products.data?.items ?? []) : [];

  return (
    <section className={styles.section} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>我的城市帮扶</h2>
      <p className={styles.sectionText}>选择您所在的城市和区（镇），看看对口帮扶县的好物。</p>
      <div className={styles.cityPicker}>
        <div className={styles.cities} role="group" aria-label="选择城市">
          {HELPER_CITIES.map((c) => (
            <button key={c} type="button" aria-pressed={choice.city === c} className={choice.city === c ? styles.cityOn : styles.city}
              onClick={() => update({ city: c })}>
              {c.replace(/市$/, '')}
            </button>
          ))}
        </div>
        <label className={styles.unitSelect}>
          <span>区 / 镇</span>
          <select value={unit?.id ?? ''} disabled={!all.length} onChange={(e) => update({ city: choice.city, unitId: e.target.value })}>
            {unitsOfCity(all, choice.city).map((u) => <option key={u.id} value={u.id}>{unitLabel(u)}</option>)}
          </select>
        </label>
      </div>
      {unit && counties.data && (
        <p className={styles.sectionText}>
          {counties.data.length
            ? <>{unit.name}今日结对：{counties.data.map((c) => shortCountyName(c.name)).join('、')}</>
            : <>{unit.name}今日暂无有效的结对县</>}
        </p>
      )}
      {unit && !products.isLoading && !items.length ? (
        <div className={styles.empty}>
          <strong>结对县的商品正在上架</strong>
          换个区（镇）看看，或逛逛下面的专区。
        </div>
      ) : (
        <ProductShelf id={`${id}-shelf`} title={unit ? `${unitLabel(unit)}结对县好物` : '结对县好物'} moreTo={unit ? `/search?helperUnitId=${unit.id}` : '/search'}
          products={items} loading={products.isLoading || units.isLoading} />
      )}
    </section>
  );
}
