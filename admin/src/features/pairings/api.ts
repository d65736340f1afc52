import { unwrap, type CreatePairingBody, type EndPairingBody } from '@bangfu/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export interface PairingFilters {
  countyCode?: string;
  helperUnitId?: string;
  /** YYYY-MM-DD: only pairings valid on that day. */
  date?: string;
}

const key = ['regions', 'pairings'] as const;

export function usePairings(filters: PairingFilters) {
  return useQuery({
    queryKey: [...key, filters],
    queryFn: () => unwrap(api.GET('/api/regions/pairings', { params: { query: filters } })),
    select: (d) => d.items,
  });
}

export function useCreatePairing() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePairingBody) => unwrap(api.POST('/api/regions/pairings', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
}

export function useEndPairing() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: EndPairingBody & { id: string }) =>
      unwrap(api.POST('/api/regions/pairings/{id}/end', { params: { path: { id } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
}

export const PAIRING_ROLE_LABELS: Record<string, string> = { LEAD: '结对', ASSIST: '协助' };
