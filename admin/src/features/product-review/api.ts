import { unwrap, type ResponseOf } from '@bangfu/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export type ManagedProduct = ResponseOf<'/api/admin/products/{id}', 'get'>;
export type ProductStatus = ManagedProduct['status'];
export type ProductDecision = 'approve' | 'reject' | 'unlist';

const key = ['admin', 'products'] as const;

export function useReviewQueue() {
  return useQuery({
    queryKey: [...key, 'review-queue'],
    queryFn: () => unwrap(api.GET('/api/admin/products/review-queue')),
    select: (d) => d.items,
  });
}

export function useManagedProducts(status: ProductStatus | undefined) {
  return useQuery({
    queryKey: [...key, 'list', { status }],
    queryFn: () => unwrap(api.GET('/api/admin/products', { params: { query: status ? { status } : {} } })),
    select: (d) => d.items,
  });
}

export function useProductDecision() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, reason }: { id: string; decision: ProductDecision; reason?: string }) => {
      const path = { params: { path: { id } } };
      if (decision === 'approve') return unwrap(api.POST('/api/admin/products/{id}/approve', path));
      if (decision === 'reject') return unwrap(api.POST('/api/admin/products/{id}/reject', { ...path, body: { reason: reason ?? '' } }));
      return unwrap(api.POST('/api/admin/products/{id}/unlist', { ...path, body: { reason: reason ?? '' } }));
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
}

export function useSweepExpired() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/admin/products/sweep-expired')),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
}

/** What kind of review an item of the queue needs. */
export function reviewKind(p: ManagedProduct): { label: string; color: string } {
  if (p.status === 'SUBMITTED') return { label: '首次提交', color: 'blue' };
  if (p.hasPendingChanges) return { label: '已通过商品的修改', color: 'purple' };
  return { label: '新增证书', color: 'cyan' };
}
