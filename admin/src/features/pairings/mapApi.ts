import { unwrap, type ResponseOf } from '@bangfu/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';

export type PairingMap = ResponseOf<'/api/regions/pairings/map', 'get'>;
export type PairingCompare = ResponseOf<'/api/regions/pairings/compare', 'get'>;
export type MapCounty = PairingMap['helperUnits'][number]['counties'][number];

/** The eastern cities of the platform's pairings. */
export const EASTERN_CITIES = ['深圳市', '广州市', '东莞市'] as const;

export function usePairingMap(date: string, city: string | undefined) {
  return useQuery({
    queryKey: ['regions', 'pairings', 'map', date, city],
    queryFn: () => unwrap(api.GET('/api/regions/pairings/map', { params: { query: { date, ...(city ? { city } : {}) } } })),
  });
}

export function usePairingCompare(a: string, b: string, city: string | undefined) {
  return useQuery({
    queryKey: ['regions', 'pairings', 'compare', a, b, city],
    queryFn: () => unwrap(api.GET('/api/regions/pairings/compare', { params: { query: { a, b, ...(city ? { city } : {}) } } })),
  });
}

/** `田阳区（百色市）`; a whole-prefecture pairing reads `黔南州（整州）`. */
export const countyLabel = (c: MapCounty) =>
  c.level === 'CITY' ? `${c.name}（整州/市）` : c.prefecture ? `${c.name}（${c.prefecture.name}）` : c.name;
