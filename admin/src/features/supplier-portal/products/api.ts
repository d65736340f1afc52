import { unwrap, type BodyOf, type ResponseOf } from '@bangfu/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type ManagedProduct = ResponseOf<'/api/supplier/products/{id}', 'get'>;
export type OwnSku = ManagedProduct['skus'][number];
export type ProductCertification = ManagedProduct['certifications'][number];
export type CreateProductBody = BodyOf<'/api/supplier/products', 'post'>;
export type UpdateProductBody = BodyOf<'/api/supplier/products/{id}', 'patch'>;
export type SkuBody = BodyOf<'/api/supplier/products/{id}/skus', 'post'>;
export type UpdateSkuBody = BodyOf<'/api/supplier/skus/{id}', 'patch'>;
export type CertificationBody = BodyOf<'/api/supplier/products/{id}/certifications', 'post'>;
export type ProductAction = 'submit' | 'list' | 'unlist';

const key = ['supplier', 'products'] as const;
const path = (id: string) => ({ params: { path: { id } } });

export function useProducts() {
  return useQuery({ queryKey: key, queryFn: () => unwrap(api.GET('/api/supplier/products')), select: (d) => d.items });
}

export function useProduct(id: string) {
  return useQuery({ queryKey: [...key, id], queryFn: () => unwrap(api.GET('/api/supplier/products/{id}', path(id))) });
}

/** Every product mutation answers with the fresh product view: store it and refresh the list. */
function useProductMutation<V>(fn: (v: V) => Promise<ManagedProduct>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (p) => {
      qc.setQueryData([...key, p.id], p);
      return qc.invalidateQueries({ queryKey: key, exact: true });
    },
  });
}

export const useCreateProduct = () =>
  useProductMutation((body: CreateProductBody) => unwrap(api.POST('/api/supplier/products', { body })));

export const useUpdateProduct = () =>
  useProductMutation(({ id, body }: { id: string; body: UpdateProductBody }) => unwrap(api.PATCH('/api/supplier/products/{id}', { ...path(id), body })));

export const useAddSku = () =>
  useProductMutation(({ productId, body }: { productId: string; body: SkuBody }) =>
    unwrap(api.POST('/api/supplier/products/{id}/skus', { ...path(productId), body })));

export const useAddCertification = () =>
  useProductMutation(({ productId, body }: { productId: string; body: CertificationBody }) =>
    unwrap(api.POST('/api/supplier/products/{id}/certifications', { ...path(productId), body })));

export const useProductAction = () =>
  useProductMutation(({ id, action }: { id: string; action: ProductAction }) => {
    if (action === 'submit') return unwrap(api.POST('/api/supplier/products/{id}/submit', path(id)));
    if (action === 'list') return unwrap(api.POST('/api/supplier/products/{id}/list', path(id)));
    return unwrap(api.POST('/api/supplier/products/{id}/unlist', path(id)));
  });

/** A SKU edit answers with the SKU only; the product (pending changes, stock) is fetched again. */
export function useUpdateSku(productId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ skuId, body }: { skuId: string; body: UpdateSkuBody }) =>
      unwrap(api.PATCH('/api/supplier/skus/{id}', { ...path(skuId), body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }).then(() => qc.invalidateQueries({ queryKey: [...key, productId] })),
  });
}
