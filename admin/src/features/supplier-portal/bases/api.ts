import { unwrap, type BodyOf, type ResponseOf } from '@bangfu/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

type ItemOf<T> = T extends { items: (infer I)[] } ? I : never;
export type SupplyBase = ItemOf<ResponseOf<'/api/supplier/bases', 'get'>>;
export type CreateBaseBody = BodyOf<'/api/supplier/bases', 'post'>;
export type UpdateBaseBody = BodyOf<'/api/supplier/bases/{id}', 'patch'>;

const key = ['supplier', 'bases'] as const;

export function useSupplyBases() {
  return useQuery({ queryKey: key, queryFn: () => unwrap(api.GET('/api/supplier/bases')), select: (d) => d.items });
}

export function useCreateBase() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateBaseBody) => unwrap(api.POST('/api/supplier/bases', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
}

export function useUpdateBase() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateBaseBody }) =>
      unwrap(api.PATCH('/api/supplier/bases/{id}', { params: { path: { id } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
}
