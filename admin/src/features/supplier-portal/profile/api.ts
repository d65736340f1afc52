import { unwrap, type BodyOf, type ResponseOf } from '@bangfu/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type SupplierProfile = ResponseOf<'/api/supplier/profile', 'get'>;
export type ProfileBody = BodyOf<'/api/supplier/profile', 'put'>;
export type SupplierStatus = SupplierProfile['status'];

export const profileKey = ['supplier', 'profile'] as const;

/** The signed-in staff member's own supplier, with admission status and decision history. */
export function useSupplierProfile() {
  return useQuery({ queryKey: profileKey, queryFn: () => unwrap(api.GET('/api/supplier/profile')) });
}

export function useUpdateProfile() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ProfileBody) => unwrap(api.PUT('/api/supplier/profile', { body })),
    onSuccess: (data) => qc.setQueryData(profileKey, data),
  });
}
