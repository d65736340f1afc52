import { unwrap, type HelperUnit } from '@bangfu/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';

export type { HelperUnit };

/** Eastern helper units (cities, districts, towns); reference data, so cached for long. */
export function useHelperUnits() {
  return useQuery({
    queryKey: ['shop', 'helper-units'],
    queryFn: () => unwrap(api.GET('/api/regions/helper-units')),
    select: (d) => d.items,
    staleTime: 30 * 60_000,
  });
}
