import { unwrap, type BodyOf, type ResponseOf } from '@bangfu/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export type Address = ResponseOf<'/api/me/addresses', 'get'>['items'][number];
export type AddressInput = BodyOf<'/api/me/addresses', 'post'>;
export const addressesQueryKey = ['me', 'addresses'] as const;

export function useAddresses() {
  return useQuery({ queryKey: addressesQueryKey, queryFn: () => unwrap(api.GET('/api/me/addresses')) });
}

export function useSaveAddress() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id?: string; body: AddressInput }) =>
      v.id
        ? unwrap(api.PATCH('/api/me/addresses/{id}', { params: { path: { id: v.id } }, body: v.body }))
        : unwrap(api.POST('/api/me/addresses', { body: v.body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: addressesQueryKey }),
  });
}

export function useDeleteAddress() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      const { response, error } = await api.DELETE('/api/me/addresses/{id}', { params: { path: { id } } });
      if (!response.ok) await unwrap(Promise.resolve({ response, error: error ?? {} }));
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: addressesQueryKey }),
  });
}
