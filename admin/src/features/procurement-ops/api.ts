import { unwrap, type BodyOf, type ResponseOf } from '@bangfu/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export type QuotaRanking = ResponseOf<'/api/admin/quota', 'get'>;
export type QuotaRow = QuotaRanking['items'][number];
export type QuotaStatus = QuotaRow['status'];
export type QuotaOrderList = ResponseOf<'/api/agencies/{agencyId}/quota/orders', 'get'>;
export type QuotaOrder = QuotaOrderList['items'][number];
export type QuotaPolicy = ResponseOf<'/api/quota-policies', 'get'>['items'][number];
export type CreatePolicyBody = BodyOf<'/api/quota-policies', 'post'>;
export type UpdatePolicyBody = BodyOf<'/api/quota-policies/{id}', 'put'>;
export type MissingList = ResponseOf<'/api/admin/declarations/missing', 'get'>;
export type MissingRow = MissingList['items'][number];
export type ReminderResult = ResponseOf<'/api/admin/declarations/reminders', 'post'>;
export type ProcurementOrderList = ResponseOf<'/api/admin/procurement-orders', 'get'>;
export type ProcurementOrderRow = ProcurementOrderList['items'][number];
export type ProcurementOrder = ResponseOf<'/api/admin/procurement-orders/{id}', 'get'>;
export type ProcurementStatus = ProcurementOrderRow['status'];
export type RefundBody = BodyOf<'/api/admin/procurement-orders/{id}/refunds', 'post'>;
export type Agreement = ResponseOf<'/api/admin/agreements', 'get'>['items'][number];
export type AgreementStatus = Agreement['status'];

const keys = {
  quota: ['admin', 'quota'] as const,
  policies: ['quota-policies'] as const,
  missing: ['admin', 'declarations', 'missing'] as const,
  orders: ['admin', 'procurement-orders'] as const,
  agreements: ['admin', 'agreements'] as const,
};

/** Drop empty filters: the API validates every parameter it receives. */
function clean<T extends object>(q: T): T {
  return Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined && v !== null && v !== '')) as T;
}

// ---- quota ----------------------------------------------------------------------------------

export interface QuotaFilters {
  year: number;
  divisionCode?: string;
  status?: QuotaStatus;
  page: number;
  pageSize: number;
}

export function useQuotaRanking(f: QuotaFilters) {
  return useQuery({
    queryKey: [...keys.quota, f],
    queryFn: () => unwrap(api.GET('/api/admin/quota', { params: { query: clean(f) } })),
    placeholderData: keepPreviousData,
  });
}

export function useCountedOrders(agencyId: string | null, year: number, paired: boolean, page: number) {
  return useQuery({
    queryKey: [...keys.quota, 'orders', agencyId, year, paired, page],
    queryFn: () =>
      unwrap(api.GET('/api/agencies/{agencyId}/quota/orders', {
        params: { path: { agencyId: agencyId! }, query: { year, page, pageSize: 20, ...(paired ? { paired: true } : {}) } },
      })),
    enabled: !!agencyId,
  });
}

// ---- policies -------------------------------------------------------------------------------

export function usePolicies(year?: number) {
  return useQuery({
    queryKey: [...keys.policies, year ?? 'all'],
    queryFn: () => unwrap(api.GET('/api/quota-policies', { params: { query: year ? { year } : {} } })),
    select: (d) => d.items,
  });
}

export function usePolicyHistory(id: string | null) {
  return useQuery({
    queryKey: [...keys.policies, 'history', id],
    queryFn: () => unwrap(api.GET('/api/quota-policies/{id}/history', { params: { path: { id: id! } } })),
    select: (d) => d.items,
    enabled: !!id,
  });
}

export function useCreatePolicy() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePolicyBody) => unwrap(api.POST('/api/quota-policies', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.policies }),
  });
}

export function useUpdatePolicy() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdatePolicyBody }) =>
      unwrap(api.PUT('/api/quota-policies/{id}', { params: { path: { id } }, body })),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: keys.policies }), qc.invalidateQueries({ queryKey: keys.quota })]),
  });
}

// ---- declarations ---------------------------------------------------------------------------

export function useMissingDeclarations(f: { year: number; divisionCode?: string; page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...keys.missing, f],
    queryFn: () => unwrap(api.GET('/api/admin/declarations/missing', { params: { query: clean(f) } })),
    placeholderData: keepPreviousData,
  });
}

export function useSendReminders() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<'/api/admin/declarations/reminders', 'post'>) =>
      unwrap(api.POST('/api/admin/declarations/reminders', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.missing }),
  });
}

// ---- procurement orders ---------------------------------------------------------------------

export interface OrderFilters {
  agencyId?: string;
  supplierId?: string;
  status?: ProcurementStatus;
  page: number;
  pageSize: number;
}

export function useProcurementOrders(f: OrderFilters) {
  return useQuery({
    queryKey: [...keys.orders, f],
    queryFn: () => unwrap(api.GET('/api/admin/procurement-orders', { params: { query: clean(f) } })),
    placeholderData: keepPreviousData,
  });
}

export function useProcurementOrder(id: string | null) {
  return useQuery({
    queryKey: [...keys.orders, 'detail', id],
    queryFn: () => unwrap(api.GET('/api/admin/procurement-orders/{id}', { params: { path: { id: id! } } })),
    enabled: !!id,
  });
}

function useOrderMutation<V>(run: (v: V) => Promise<ProcurementOrder>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (order) => {
      qc.setQueryData([...keys.orders, 'detail', order.id], order);
      return Promise.all([qc.invalidateQueries({ queryKey: keys.orders }), qc.invalidateQueries({ queryKey: keys.quota })]);
    },
  });
}

export const useConfirmTransfer = () =>
  useOrderMutation((id: string) =>
    unwrap(api.POST('/api/admin/procurement-orders/{id}/payments/transfer/confirm', { params: { path: { id } } })));

export const useRefund = () =>
  useOrderMutation(({ id, body }: { id: string; body: RefundBody }) =>
    unwrap(api.POST('/api/admin/procurement-orders/{id}/refunds', { params: { path: { id } }, body })));

// ---- agreements -----------------------------------------------------------------------------

export function useAgreements(f: { agencyId?: string; supplierId?: string; status?: AgreementStatus }) {
  return useQuery({
    queryKey: [...keys.agreements, f],
    queryFn: () => unwrap(api.GET('/api/admin/agreements', { params: { query: clean(f) } })),
    select: (d) => d.items,
  });
}

// ---- pickers --------------------------------------------------------------------------------

const LONG = 10 * 60_000;

/** Districts of a city (e.g. 440300 深圳市), for the district filters. */
export function useChildDivisions(parentCode: string) {
  return useQuery({
    queryKey: ['regions', 'divisions', 'children', parentCode],
    queryFn: () => unwrap(api.GET('/api/regions/divisions', { params: { query: { parentCode } } })),
    select: (d) => d.items.filter((x) => !x.validTo),
    staleTime: LONG,
  });
}

export function useAgencyOptions() {
  return useQuery({
    queryKey: ['admin', 'agencies', 'options'],
    queryFn: () => unwrap(api.GET('/api/admin/agencies')),
    select: (d) => d.items.map((a) => ({ value: a.id, label: a.name })),
    staleTime: LONG,
  });
}

export function useSupplierOptions() {
  return useQuery({
    queryKey: ['admin', 'suppliers', 'options'],
    queryFn: () => unwrap(api.GET('/api/admin/suppliers')),
    select: (d) => d.items.map((s) => ({ value: s.id, label: s.name })),
    staleTime: LONG,
  });
}
