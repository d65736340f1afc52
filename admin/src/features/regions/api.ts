import { unwrap } from '@bangfu/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';

const LONG = 10 * 60_000;

export function useHelperUnits() {
  return useQuery({
    queryKey: ['regions', 'helper-units'],
    queryFn: () => unwrap(api.GET('/api/regions/helper-units')),
    select: (d) => d.items,
    staleTime: LONG,
  });
}

/** Administrative divisions (provinces, cities, counties/districts), including retired ones. */
export function useDivisions(level?: 'PROVINCE' | 'CITY' | 'COUNTY') {
  return useQuery({
    queryKey: ['regions', 'divisions', level ?? 'ALL'],
    queryFn: () => unwrap(api.GET('/api/regions/divisions', { params: { query: level ? { level } : {} } })),
    select: (d) => d.items,
    staleTime: LONG,
  });
}

export const useCounties = () => useDivisions('COUNTY');
