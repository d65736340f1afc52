import { unwrap, type paths, type ResponseOf } from '@bangfu/api-client';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { apiQuery, type ProductFilters } from './filters';

export type ProductPage = ResponseOf<'/api/products', 'get'>;
export type ProductSummary = ProductPage['items'][number];
export type Facet = ProductPage['facets']['category'][number];
export type ProductDetail = ResponseOf<'/api/products/{id}', 'get'>;
export type LatestBatch = ResponseOf<'/api/products/{id}/latest-batch', 'get'>;
type Query = NonNullable<paths['/api/products']['get']['parameters']['query']>;

export const PAGE_SIZE = 20;

const notFound = (err: unknown) => (err as { status?: number }).status === 404;

export function useProducts(filters: ProductFilters, pageSize = PAGE_SIZE) {
  const query: Query = { ...filters, pageSize } as Query;
  return useQuery({
    queryKey: ['shop', 'products', query],
    queryFn: () => unwrap(api.GET('/api/products', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** Search results page by page (infinite scroll); the facets come with every page. */
export function useProductSearch(filters: ProductFilters, pageSize = PAGE_SIZE) {
  const base = { ...apiQuery(filters), pageSize } as Query;
  return useInfiniteQuery({
    queryKey: ['shop', 'search', base],
    initialPageParam: 1,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/products', { params: { query: { ...base, page: pageParam } } })),
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
    placeholderData: keepPreviousData,
  });
}

export function useProduct(id: string | undefined) {
  return useQuery({
    queryKey: ['shop', 'product', id],
    queryFn: () => unwrap(api.GET('/api/products/{id}', { params: { path: { id: id! } } })),
    enabled: !!id,
    retry: (n, err) => !notFound(err) && n < 2,
  });
}

/** The product's newest batch (trace code, harvest date, inspection); `null` when it has none yet. */
export function useLatestBatch(id: string | undefined) {
  return useQuery({
    queryKey: ['shop', 'product', id, 'latest-batch'],
    queryFn: async (): Promise<LatestBatch | null> => {
      try {
        return await unwrap(api.GET('/api/products/{id}/latest-batch', { params: { path: { id: id! } } }));
      } catch (err) {
        if (notFound(err)) return null;
        throw err;
      }
    },
    enabled: !!id,
    retry: (n) => n < 2,
  });
}
