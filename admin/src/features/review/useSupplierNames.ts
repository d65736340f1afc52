import { unwrap } from '@bangfu/api-client';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../../lib/api';

/** Supplier id → name, for pages whose rows carry only the supplier id. */
export function useSupplierNames(): Map<string, string> {
  const { data } = useQuery({
    queryKey: ['admin', 'suppliers'],
    queryFn: () => unwrap(api.GET('/api/admin/suppliers')),
    staleTime: 60_000,
  });
  return useMemo(() => new Map((data?.items ?? []).map((s) => [s.id, s.name])), [data]);
}
