import { unwrap, type ResponseOf } from '@bangfu/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export type SupplyBase = ResponseOf<'/api/admin/bases/{id}', 'get'>;
export type BaseStatus = SupplyBase['status'];

const key = ['admin', 'bases'] as const;

export function useBases(status: BaseStatus | undefined) {
  return useQuery({
    queryKey: [...key, { status }],
    queryFn: () => unwrap(api.GET('/api/admin/bases', { params: { query: status ? { status } : {} } })),
    select: (d) => d.items,
  });
}

export function useBaseDecision() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason?: string }) =>
      reason === undefined
        ? unwrap(api.POST('/api/admin/bases/{id}/verify', { params: { path: { id } } }))
        : unwrap(api.POST('/api/admin/bases/{id}/reject', { params: { path: { id } }, body: { reason } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
}
