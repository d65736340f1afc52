import { unwrap, type BodyOf, type CreateAgencyBody, type CreateSupplierBody, type CreateUserBody, type Role } from '@bangfu/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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

export interface UserFilters {
  role?: Role;
  agencyId?: string;
  supplierId?: string;
  status?: 'ACTIVE' | 'DISABLED';
  q?: string;
  page: number;
  pageSize: number;
}

/** One page of users; empty filters are left out (the API validates what it receives). */
export function useUsers(filters: UserFilters) {
  const query = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== '')) as UserFilters;
  return useQuery({
    queryKey: [...keys.users, query],
    queryFn: () => unwrap(api.GET('/api/admin/users', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useAgencyMembers(agencyId: string | null) {
  return useQuery({
    queryKey: [...keys.agencies, 'members', agencyId],
    queryFn: () => unwrap(api.GET('/api/agencies/{agencyId}/members', { params: { path: { agencyId: agencyId! } } })),
    select: (d) => d.items,
    enabled: !!agencyId,
  });
}

export function useUpdateAgency() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: BodyOf<'/api/agencies/{agencyId}', 'patch'> }) =>
      unwrap(api.PATCH('/api/agencies/{agencyId}', { params: { path: { agencyId: id } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.agencies }),
  });
}

export function useSetUserRoles() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: BodyOf<'/api/admin/users/{id}/roles', 'put'> }) =>
      unwrap(api.PUT('/api/admin/users/{id}/roles', { params: { path: { id } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.users }),
  });
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
    mutationFn: ({ id, status, reason }: { id: string; status: 'ACTIVE' | 'DISABLED'; reason?: string }) =>
      unwrap(api.PATCH('/api/admin/users/{id}/status', { params: { path: { id } }, body: reason ? { status, reason } : { status } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.users }),
  });
}
