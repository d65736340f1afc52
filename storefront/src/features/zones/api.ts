import { unwrap, type ResponseOf } from '@bangfu/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';

export type Zone = ResponseOf<'/api/zones', 'get'>['items'][number];
export type ZoneWithProducts = ResponseOf<'/api/zones/{slug}', 'get'>;

export function useZones() {
  return useQuery({ queryKey: ['shop', 'zones'], queryFn: () => unwrap(api.GET('/api/zones')), select: (d) => d.items, staleTime: 60_000 });
}

export function useZone(slug: string | undefined) {
  return useQuery({
    queryKey: ['shop', 'zone', slug],
    queryFn: () => unwrap(api.GET('/api/zones/{slug}', { params: { path: { slug: slug! } } })),
    enabled: !!slug,
    staleTime: 60_000,
    retry: (n, err) => (err as { status?: number }).status !== 404 && n < 2,
  });
}

/** County halls (县域馆) are generated one per paired county; the home page lists them apart. */
export const isCountyHall = (z: Zone) => z.slug.startsWith('county-');

/** The zone that feeds 当季好物 on the home page: the first rule zone limited to in-season products. */
export const seasonalZone = (zones: Zone[]) => zones.find((z) => z.kind === 'RULE' && z.rule?.inSeason);
