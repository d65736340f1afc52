import { unwrap, type paths, type ResponseOf } from '@bangfu/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { ProductFilters } from './filters';

export type ProductPage = ResponseOf<'/api/products', 'get'>;
export type ProductSummary = ProductPage['items'][number];
export type Facet = ProductPage['facets']['category'][number];
export type ProductDetail = ResponseOf<'/api/products/{id}', 'get'>;
type Query = NonNullable<paths['/api/products']['get']['parameters']['query']>;

export const PAGE_SIZE = 20;

export function useProducts(filters: ProductFilters, pageSize = PAGE_SIZE) {
  const query: Query = { ...filters, pageSize } as Query;
  return useQuery({
    queryKey: ['shop', 'products', query],
    queryFn: () => unwrap(api.GET('/api/products', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useProduct(id: string | undefined) {
  return useQuery({
    queryKey: ['shop', 'product', id],
    queryFn: () => unwrap(api.GET('/api/products/{id}', { params: { path: { id: id! } } })),
    enabled: !!id,
    retry: (n, err) => (err as { status?: number }).status !== 404 && n < 2,
  });
}
