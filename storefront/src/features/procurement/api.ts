import { unwrap, type BodyOf, type ResponseOf } from '@bangfu/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export type ProcurementOrder = ResponseOf<'/api/procurement/orders/{id}', 'get'>;
export type ProcurementOrderList = ResponseOf<'/api/procurement/orders', 'get'>;
export type ProcurementSummary = ProcurementOrderList['items'][number];
export type ProcurementStatus = ProcurementOrder['status'];
export type ProcurementLine = ProcurementOrder['lines'][number];
export type SubmitBody = BodyOf<'/api/procurement/orders', 'post'>;
export type SubmitResult = ResponseOf<'/api/procurement/orders', 'post'>;
export type AcceptBody = BodyOf<'/api/procurement/orders/{id}/accept', 'post'>;
export type TransferBody = BodyOf<'/api/procurement/orders/{id}/payments/transfer', 'post'>;
export type Purpose = NonNullable<SubmitBody['purpose']>;
export type AgencyView = ResponseOf<'/api/agencies/{agencyId}', 'get'>;
export type Canteen = AgencyView['canteens'][number];
export type Quota = ResponseOf<'/api/agencies/{agencyId}/quota', 'get'>;
export type Agreement = ResponseOf<'/api/agencies/{agencyId}/agreements/{id}', 'get'>;
export type AgreementOrderBody = BodyOf<'/api/agencies/{agencyId}/agreements/{id}/orders', 'post'>;
export type AgreementOrderResult = ResponseOf<'/api/agencies/{agencyId}/agreements/{id}/orders', 'post'>;
export type StandingOrder = ResponseOf<'/api/agencies/{agencyId}/agreements/{id}/standing-orders/{soId}', 'get'>;
export type CreateStandingBody = BodyOf<'/api/agencies/{agencyId}/agreements/{id}/standing-orders', 'post'>;
export type UploadedFile = ResponseOf<'/api/files', 'post'>;

const notFound = (err: unknown) => (err as { status?: number }).status === 404;
const retry = (n: number, err: unknown) => !notFound(err) && n < 2;

export const procurementKeys = {
  all: ['procurement'] as const,
  order: (id: string) => ['procurement', 'order', id] as const,
  lists: ['procurement', 'orders'] as const,
};

export function useAgency(agencyId: string | null | undefined) {
  return useQuery({
    queryKey: ['procurement', 'agency', agencyId],
    queryFn: () => unwrap(api.GET('/api/agencies/{agencyId}', { params: { path: { agencyId: agencyId! } } })),
    enabled: !!agencyId,
    staleTime: 60_000,
  });
}

export function useQuota(agencyId: string | null | undefined, year: number) {
  return useQuery({
    queryKey: ['procurement', 'quota', agencyId, year],
    queryFn: () => unwrap(api.GET('/api/agencies/{agencyId}/quota', { params: { path: { agencyId: agencyId! }, query: { year } } })),
    enabled: !!agencyId,
  });
}

export function useProcurementOrders(status: ProcurementStatus | undefined, page = 1, pageSize = 20) {
  return useQuery({
    queryKey: ['procurement', 'orders', status ?? 'all', page, pageSize],
    queryFn: () => unwrap(api.GET('/api/procurement/orders', { params: { query: { ...(status ? { status } : {}), page, pageSize } } })),
  });
}

/** The order; `poll` re-reads it every 2 s (waiting for the Alipay notification after the cashier). */
export function useProcurementOrder(id: string | undefined, poll = false) {
  return useQuery({
    queryKey: procurementKeys.order(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/procurement/orders/{id}', { params: { path: { id: id! } } })),
    enabled: !!id,
    refetchInterval: poll ? 2000 : false,
    retry,
  });
}

/** Phones get Alipay's mobile cashier, wider screens the desktop one. */
export const payDevice = (): 'wap' | 'page' => (typeof window !== 'undefined' && window.matchMedia?.('(max-width: 767px)').matches ? 'wap' : 'page');

export function uploadFile(file: File): Promise<UploadedFile> {
  const form = new FormData();
  form.append('file', file);
  return unwrap(api.POST('/api/files', { body: { file: '' }, bodySerializer: () => form }));
}

/** The buyer's actions on one order; each answers the new order view, which replaces the cached one. */
export function useOrderActions(id: string) {
  const qc = useQueryClient();
  const done = (order: ProcurementOrder) => {
    qc.setQueryData(procurementKeys.order(id), order);
    void qc.invalidateQueries({ queryKey: procurementKeys.lists });
  };
  const path = { params: { path: { id } } };
  return {
    cancel: useMutation({ mutationFn: (reason: string) => unwrap(api.POST('/api/procurement/orders/{id}/cancel', { ...path, body: { reason } })), onSuccess: done }),
    accept: useMutation({ mutationFn: (body: AcceptBody) => unwrap(api.POST('/api/procurement/orders/{id}/accept', { ...path, body })), onSuccess: done }),
    verifyInvoice: useMutation({ mutationFn: () => unwrap(api.POST('/api/procurement/orders/{id}/invoice/verify', path)), onSuccess: done }),
    rejectInvoice: useMutation({ mutationFn: (reason: string) => unwrap(api.POST('/api/procurement/orders/{id}/invoice/reject', { ...path, body: { reason } })), onSuccess: done }),
    transfer: useMutation({ mutationFn: (body: TransferBody) => unwrap(api.POST('/api/procurement/orders/{id}/payments/transfer', { ...path, body })), onSuccess: done }),
    alipay: useMutation({
      mutationFn: () => unwrap(api.POST('/api/procurement/orders/{id}/payments/alipay', { ...path, body: { device: payDevice() } })),
      onSuccess: (r) => window.location.assign(r.payUrl),
    }),
  };
}

/** The contract PDF needs the session's token, so it is fetched and handed to the browser as a blob. */
export async function downloadContract(id: string, orderNo: string): Promise<void> {
  const { data, response } = await api.GET('/api/procurement/orders/{id}/contract.pdf', { params: { path: { id } }, parseAs: 'blob' });
  if (!response.ok || !(data instanceof Blob)) {
    throw new Error(response.status === 503 ? '合同暂不可下载（服务器缺少中文字体）' : '合同下载失败，请稍后重试');
  }
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = `采购合同-${orderNo}.pdf`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function useAgreements(agencyId: string | null | undefined) {
  return useQuery({
    queryKey: ['procurement', 'agreements', agencyId],
    queryFn: () => unwrap(api.GET('/api/agencies/{agencyId}/agreements', { params: { path: { agencyId: agencyId! }, query: { status: 'ACTIVE' } } })),
    enabled: !!agencyId,
    select: (d) => d.items,
  });
}

export function useAgreement(agencyId: string | null | undefined, id: string | undefined) {
  return useQuery({
    queryKey: ['procurement', 'agreement', agencyId, id],
    queryFn: () => unwrap(api.GET('/api/agencies/{agencyId}/agreements/{id}', { params: { path: { agencyId: agencyId!, id: id! } } })),
    enabled: !!agencyId && !!id,
    retry,
  });
}

const standingKey = (agencyId: string, id: string) => ['procurement', 'standing', agencyId, id] as const;

export function useStandingOrders(agencyId: string, id: string) {
  return useQuery({
    queryKey: standingKey(agencyId, id),
    queryFn: () => unwrap(api.GET('/api/agencies/{agencyId}/agreements/{id}/standing-orders', { params: { path: { agencyId, id } } })),
    select: (d) => d.items,
  });
}

export function useStandingActions(agencyId: string, id: string) {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: standingKey(agencyId, id) });
  return {
    create: useMutation({
      mutationFn: (body: CreateStandingBody) => unwrap(api.POST('/api/agencies/{agencyId}/agreements/{id}/standing-orders', { params: { path: { agencyId, id } }, body })),
      onSuccess: refresh,
    }),
    setActive: useMutation({
      mutationFn: (v: { soId: string; active: boolean }) =>
        unwrap(api.PATCH('/api/agencies/{agencyId}/agreements/{id}/standing-orders/{soId}', { params: { path: { agencyId, id, soId: v.soId } }, body: { active: v.active } })),
      onSuccess: refresh,
    }),
  };
}
