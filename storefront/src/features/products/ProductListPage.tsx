import { errorMessage } from '@bangfu/api-client';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { shortCountyName } from '../catalog/labels';
import { Loading } from '../misc/Loading';
import { PAGE_SIZE, useProducts } from './api';
import { FilterChips } from './FilterChips';
import { filtersFromParams, withFilter, type FilterKey } from './filters';
import { ProductGrid } from './ProductCard';
import styles from './products.module.css';

/** 分类: listed products with a search box and the API's facets as filter chips; state lives in the URL. */
export function ProductListPage() {
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const products = useProducts(filters);
  const [text, setText] = useState(filters.q ?? '');
  const set = (key: FilterKey | 'page', value: string | undefined) => setParams(withFilter(params, key, value));
  const data = products.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  const search = (e: FormEvent) => {
    e.preventDefault();
    set('q', text.trim() || undefined);
  };

  return (
    <section className={styles.page}>
      <h1 className={styles.pageTitle}>全部商品</h1>
      <form className={styles.search} role="search" onSubmit={search}>
        <input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="搜索商品、产地或供应商" aria-label="搜索商品" maxLength={50} />
        <button type="submit">搜索</button>
      </form>

      {data && (
        <div className={styles.filters}>
          <FilterChips title="类目" facets={data.facets.category} selected={filters.category} onSelect={(v) => set('category', v)} />
          <FilterChips title="认证" facets={data.facets.certification} selected={filters.certification} onSelect={(v) => set('certification', v)} />
          <FilterChips title="产地" facets={data.facets.county.map((f) => ({ ...f, label: shortCountyName(f.label) }))} selected={filters.countyCode} onSelect={(v) => set('countyCode', v)} />
        </div>
      )}

      {products.isError && <p className={styles.error} role="alert">{errorMessage(products.error)}</p>}
      {products.isLoading && <Loading />}
      {data && (
        <>
          <p className={styles.total}>共 {data.total} 件商品{filters.q && `，含「${filters.q}」`}</p>
          {data.items.length ? (
            <ProductGrid products={data.items} label="商品列表" />
          ) : (
            <div className={styles.empty}>没有符合条件的商品，换个条件试试。</div>
          )}
          {pages > 1 && (
            <nav className={styles.pager} aria-label="分页">
              <button type="button" disabled={filters.page <= 1} onClick={() => set('page', String(filters.page - 1))}>上一页</button>
              <span>{filters.page} / {pages}</span>
              <button type="button" disabled={filters.page >= pages} onClick={() => set('page', String(filters.page + 1))}>下一页</button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}
