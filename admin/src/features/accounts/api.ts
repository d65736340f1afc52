import { unwrap, type CreateAgencyBody, type CreateSupplierBody, type CreateUserBody } from '@bangfu/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

const keys = {
  agencies: ['admin', 'agencies'] as const,
  suppliers: ['admin', 'suppliers'] as const,
  users: ['admin', 'users'] as const,
};

export function useAgencies() {
  return useQuery({ queryKey: keys.agencies, queryFn: () => unwrap(api.GET('/api/admin/agencies')), select: (d) => d.items });
}

export function useSuppliers() {
  return useQuery({ queryKey: keys.suppliers, queryFn: () => unwrap(api.GET('/api/admin/suppliers')), select: (d) => d.items });
}

export function useUsers() {
  return useQuery({ queryKey: keys.users, queryFn: () => unwrap(api.GET('/api/admin/users')), select: (d) => d.items });
}

export function useCreateAgency() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateAgencyBody) => unwrap(api.POST('/api/admin/agencies', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.agencies }),
  });
}

export function useCreateSupplier() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSupplierBody) => unwrap(api.POST('/api/admin/suppliers', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.suppliers }),
  });
}

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserBody) => unwrap(api.POST('/api/admin/users', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.users }),
  });
}

export function useSetUserStatus() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: 'ACTIVE' | 'DISABLED' }) =>
      unwrap(api.PATCH('/api/admin/users/{id}/status', { params: { path: { id } }, body: { status } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.users }),
  });
}
