import { unwrap, type BodyOf, type ResponseOf } from '@bangfu/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export type Zone = ResponseOf<'/api/admin/zones', 'get'>['items'][number];
export type ZoneRule = NonNullable<Zone['rule']>;
export type ZoneWithProducts = ResponseOf<'/api/admin/zones/{id}', 'get'>;
export type CreateZoneBody = BodyOf<'/api/admin/zones', 'post'>;
export type UpdateZoneBody = BodyOf<'/api/admin/zones/{id}', 'patch'>;

const key = ['admin', 'zones'] as const;

export function useZones() {
  return useQuery({ queryKey: key, queryFn: () => unwrap(api.GET('/api/admin/zones')), select: (d) => d.items });
}

export function useZonePreview(id: string | null) {
  return useQuery({
    queryKey: [...key, id],
    queryFn: () => unwrap(api.GET('/api/admin/zones/{id}', { params: { path: { id: id! } } })),
    enabled: !!id,
  });
}

export function useCreateZone() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateZoneBody) => unwrap(api.POST('/api/admin/zones', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
}

export function useUpdateZone() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateZoneBody }) =>
      unwrap(api.PATCH('/api/admin/zones/{id}', { params: { path: { id } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
}

export function useDeleteZone() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/admin/zones/{id}', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
}

export function useGenerateCountyHalls() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/admin/zones/county-halls')),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
}

/** Listed products an operator can pick for a MANUAL zone. */
export function usePickableProducts() {
  return useQuery({
    queryKey: ['admin', 'products', 'list', { status: 'LISTED' }],
    queryFn: () => unwrap(api.GET('/api/admin/products', { params: { query: { status: 'LISTED' } } })),
    select: (d) => d.items,
  });
}
