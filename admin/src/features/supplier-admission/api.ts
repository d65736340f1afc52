import { unwrap, type ResponseOf } from '@bangfu/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export type SupplierDetail = ResponseOf<'/api/admin/suppliers/{id}', 'get'>;
export type SupplierRow = ResponseOf<'/api/admin/suppliers', 'get'>['items'][number];
export type Decision = 'approve' | 'reject' | 'suspend' | 'reinstate';

const key = ['admin', 'suppliers'] as const;

export function useSupplierQueue(status: SupplierRow['status'] | undefined) {
  return useQuery({
    queryKey: [...key, { status }],
    queryFn: () => unwrap(api.GET('/api/admin/suppliers', { params: { query: status ? { status } : {} } })),
    select: (d) => d.items,
  });
}

export function useSupplierDetail(id: string | null) {
  return useQuery({
    queryKey: [...key, 'detail', id],
    queryFn: () => unwrap(api.GET('/api/admin/suppliers/{id}', { params: { path: { id: id! } } })),
    enabled: !!id,
  });
}

export function useSupplierDecision() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, reason }: { id: string; decision: Decision; reason?: string }) => {
      const path = { params: { path: { id } } };
      switch (decision) {
        case 'approve':
          return unwrap(api.POST('/api/admin/suppliers/{id}/approve', path));
        case 'reject':
          return unwrap(api.POST('/api/admin/suppliers/{id}/reject', { ...path, body: { reason: reason ?? '' } }));
        case 'suspend':
          return unwrap(api.POST('/api/admin/suppliers/{id}/suspend', { ...path, body: { reason: reason ?? '' } }));
        case 'reinstate':
          return unwrap(api.POST('/api/admin/suppliers/{id}/reinstate', { ...path, body: reason ? { reason } : {} }));
      }
    },
    onSuccess: (detail) => {
      qc.setQueryData([...key, 'detail', detail.id], detail);
      return qc.invalidateQueries({ queryKey: key });
    },
  });
}
