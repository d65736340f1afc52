import { ApiError, unwrap, useAuth, type BodyOf, type ResponseOf } from '@bangfu/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export type QuotaView = ResponseOf<'/api/agencies/{agencyId}/quota', 'get'>;
export type QuotaOrderList = ResponseOf<'/api/agencies/{agencyId}/quota/orders', 'get'>;
export type QuotaOrder = QuotaOrderList['items'][number];
export type ProcurementOrder = ResponseOf<'/api/procurement/orders/{id}', 'get'>;
export type ProcurementOrderList = ResponseOf<'/api/procurement/orders', 'get'>;
export type ProcurementOrderSummary = ProcurementOrderList['items'][number];
export type ProcurementStatus = ProcurementOrderSummary['status'];
export type OrderLine = ProcurementOrder['lines'][number];
export type OrderEvent = ProcurementOrder['events'][number];
export type AcceptBody = BodyOf<'/api/procurement/orders/{id}/accept', 'post'>;
export type TransferBody = BodyOf<'/api/procurement/orders/{id}/payments/transfer', 'post'>;
export type Declaration = ResponseOf<'/api/agencies/{agencyId}/declarations/{year}', 'get'>;
export type DeclarationBody = BodyOf<'/api/agencies/{agencyId}/declarations/{year}', 'put'>;
export type Reminder = ResponseOf<'/api/agencies/{agencyId}/reminders', 'get'>['items'][number];
export type ApprovalRule = ResponseOf<'/api/agencies/{agencyId}/approval-rule', 'get'>;
export type ApprovalRuleBody = BodyOf<'/api/agencies/{agencyId}/approval-rule', 'put'>;
export type AgencyView = ResponseOf<'/api/agencies/{agencyId}', 'get'>;
export type Canteen = AgencyView['canteens'][number];
export type CanteenBody = BodyOf<'/api/agencies/{agencyId}/canteens', 'post'>;
export type CanteenPatch = BodyOf<'/api/agencies/{agencyId}/canteens/{canteenId}', 'patch'>;
export type ContractorBody = BodyOf<'/api/agencies/{agencyId}/canteens/{canteenId}/contractor', 'post'>;
export type Member = ResponseOf<'/api/agencies/{agencyId}/members', 'get'>['items'][number];
export type Agreement = ResponseOf<'/api/agencies/{agencyId}/agreements/{id}', 'get'>;
export type ProposeAgreementBody = BodyOf<'/api/agencies/{agencyId}/agreements', 'post'>;
export type StandingOrder = ResponseOf<'/api/agencies/{agencyId}/agreements/{id}/standing-orders', 'get'>['items'][number];
export type AuditPage = ResponseOf<'/api/agencies/{agencyId}/audit', 'get'>;
export type AuditEntry = AuditPage['items'][number];

/** The signed-in member's agency; every agency page is scoped to it. */
export function useAgencyId(): string | undefined {
  return useAuth().user?.agencyId ?? undefined;
}

const path = (agencyId: string | undefined) => ({ path: { agencyId: agencyId ?? '' } });

// ---- quota ----

export const quotaKey = (agencyId?: string) => ['agency', agencyId, 'quota'] as const;

export function useQuota(agencyId: string | undefined, year: number) {
  return useQuery({
    queryKey: [...quotaKey(agencyId), year],
    enabled: !!agencyId,
    queryFn: () => unwrap(api.GET('/api/agencies/{agencyId}/quota', { params: { ...path(agencyId), query: { year } } })),
  });
}

export interface CountedOrdersFilter {
  year: number;
  month?: number;
  paired?: boolean;
}

export function useQuotaOrders(agencyId: string | undefined, filter: CountedOrdersFilter | null, page: number, pageSize = 50) {
  return useQuery({
    queryKey: [...quotaKey(agencyId), 'orders', filter, page, pageSize],
    enabled: !!agencyId && !!filter,
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET('/api/agencies/{agencyId}/quota/orders', { params: { ...path(agencyId), query: { ...filter!, page, pageSize } } })),
  });
}

// ---- procurement orders ----

const ordersKey = ['agency', 'procurement-orders'] as const;

export interface OrderFilters {
  status?: ProcurementStatus;
  page: number;
  pageSize: number;
}

export function useAgencyOrders(filters: OrderFilters) {
  return useQuery({
    queryKey: [...ordersKey, 'list', filters],
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET('/api/procurement/orders', { params: { query: filters } })),
  });
}

export function useAgencyOrder(id: string | undefined) {
  return useQuery({
    queryKey: [...ordersKey, 'detail', id],
    enabled: !!id,
    queryFn: () => unwrap(api.GET('/api/procurement/orders/{id}', { params: { path: { id: id! } } })),
  });
}

/** After any change to an order: its detail, the lists, the approval queue and the quota figures. */
function useOrderChanged() {
  const qc = useQueryClient();
  return (order: ProcurementOrder) => {
    qc.setQueryData([...ordersKey, 'detail', order.id], order);
    void qc.invalidateQueries({ queryKey: ordersKey });
    void qc.invalidateQueries({ queryKey: ['agency'] });
  };
}

export function usePendingApprovals() {
  return useQuery({
    queryKey: [...ordersKey, 'approvals'],
    queryFn: () => unwrap(api.GET('/api/procurement/approvals')),
  });
}

export function useApprove() {
  const changed = useOrderChanged();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note?: string }) =>
      unwrap(api.POST('/api/procurement/orders/{id}/approve', { params: { path: { id } }, body: note ? { note } : {} })),
    onSuccess: changed,
  });
}

export function useRejectApproval() {
  const changed = useOrderChanged();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      unwrap(api.POST('/api/procurement/orders/{id}/reject', { params: { path: { id } }, body: { reason } })),
    onSuccess: changed,
  });
}

export function useAcceptOrder() {
  const changed = useOrderChanged();
  return useMutation({
    mutationFn: ({ id, ...body }: AcceptBody & { id: string }) =>
      unwrap(api.POST('/api/procurement/orders/{id}/accept', { params: { path: { id } }, body })),
    onSuccess: changed,
  });
}

export function useDeclareTransfer() {
  const changed = useOrderChanged();
  return useMutation({
    mutationFn: ({ id, ...body }: TransferBody & { id: string }) =>
      unwrap(api.POST('/api/procurement/orders/{id}/payments/transfer', { params: { path: { id } }, body })),
    onSuccess: changed,
  });
}

export function useVerifyInvoice() {
  const changed = useOrderChanged();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/procurement/orders/{id}/invoice/verify', { params: { path: { id } } })),
    onSuccess: changed,
  });
}

export function useRejectInvoice() {
  const changed = useOrderChanged();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      unwrap(api.POST('/api/procurement/orders/{id}/invoice/reject', { params: { path: { id } }, body: { reason } })),
    onSuccess: changed,
  });
}

// ---- declaration ----

/** The year's declaration, or null when the agency has not filed it (the API answers 404). */
export function useDeclaration(agencyId: string | undefined, year: number) {
  return useQuery({
    queryKey: ['agency', agencyId, 'declaration', year],
    enabled: !!agencyId,
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/agencies/{agencyId}/declarations/{year}', { params: { path: { agencyId: agencyId!, year } } }));
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
  });
}

export function useFileDeclaration(agencyId: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ year, ...body }: DeclarationBody & { year: number }) =>
      unwrap(api.PUT('/api/agencies/{agencyId}/declarations/{year}', { params: { path: { agencyId: agencyId!, year } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['agency', agencyId] }),
  });
}

export function useReminders(agencyId: string | undefined) {
  return useQuery({
    queryKey: ['agency', agencyId, 'reminders'],
    enabled: !!agencyId,
    queryFn: () => unwrap(api.GET('/api/agencies/{agencyId}/reminders', { params: path(agencyId) })),
    select: (d) => d.items,
  });
}

// ---- settings ----

export function useApprovalRule(agencyId: string | undefined) {
  return useQuery({
    queryKey: ['agency', agencyId, 'approval-rule'],
    enabled: !!agencyId,
    queryFn: () => unwrap(api.GET('/api/agencies/{agencyId}/approval-rule', { params: path(agencyId) })),
  });
}

export function useSetApprovalRule(agencyId: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ApprovalRuleBody) => unwrap(api.PUT('/api/agencies/{agencyId}/approval-rule', { params: path(agencyId), body })),
    onSuccess: (rule) => qc.setQueryData(['agency', agencyId, 'approval-rule'], rule),
  });
}

export function useAgency(agencyId: string | undefined) {
  return useQuery({
    queryKey: ['agency', agencyId, 'profile'],
    enabled: !!agencyId,
    queryFn: () => unwrap(api.GET('/api/agencies/{agencyId}', { params: path(agencyId) })),
  });
}

export function useMembers(agencyId: string | undefined) {
  return useQuery({
    queryKey: ['agency', agencyId, 'members'],
    enabled: !!agencyId,
    queryFn: () => unwrap(api.GET('/api/agencies/{agencyId}/members', { params: path(agencyId) })),
    select: (d) => d.items,
  });
}

export function useSaveCanteen(agencyId: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: CanteenBody }) =>
      id
        ? unwrap(api.PATCH('/api/agencies/{agencyId}/canteens/{canteenId}', { params: { path: { agencyId: agencyId!, canteenId: id } }, body: body as CanteenPatch }))
        : unwrap(api.POST('/api/agencies/{agencyId}/canteens', { params: path(agencyId), body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['agency', agencyId, 'profile'] }),
  });
}

export function useCreateContractor(agencyId: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ canteenId, ...body }: ContractorBody & { canteenId: string }) =>
      unwrap(api.POST('/api/agencies/{agencyId}/canteens/{canteenId}/contractor', { params: { path: { agencyId: agencyId!, canteenId } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['agency', agencyId] }),
  });
}

// ---- agreements ----

export function useAgreements(agencyId: string | undefined) {
  return useQuery({
    queryKey: ['agency', agencyId, 'agreements'],
    enabled: !!agencyId,
    queryFn: () => unwrap(api.GET('/api/agencies/{agencyId}/agreements', { params: { ...path(agencyId), query: {} } })),
    select: (d) => d.items,
  });
}

export function useProposeAgreement(agencyId: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ProposeAgreementBody) => unwrap(api.POST('/api/agencies/{agencyId}/agreements', { params: path(agencyId), body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['agency', agencyId, 'agreements'] }),
  });
}

export function useEndAgreement(agencyId: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      unwrap(api.POST('/api/agencies/{agencyId}/agreements/{id}/end', { params: { path: { agencyId: agencyId!, id } }, body: { reason } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['agency', agencyId, 'agreements'] }),
  });
}

export function useStandingOrders(agencyId: string | undefined, agreementId: string | undefined) {
  return useQuery({
    queryKey: ['agency', agencyId, 'agreements', agreementId, 'standing-orders'],
    enabled: !!agencyId && !!agreementId,
    queryFn: () => unwrap(api.GET('/api/agencies/{agencyId}/agreements/{id}/standing-orders', { params: { path: { agencyId: agencyId!, id: agreementId! } } })),
    select: (d) => d.items,
  });
}

// ---- audit ----

export function useAgencyAudit(agencyId: string | undefined, query: { page: number; pageSize: number; q?: string }) {
  return useQuery({
    queryKey: ['agency', agencyId, 'audit', query],
    enabled: !!agencyId,
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET('/api/agencies/{agencyId}/audit', { params: { ...path(agencyId), query } })),
  });
}
