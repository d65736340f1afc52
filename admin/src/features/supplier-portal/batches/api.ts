import { unwrap, type BodyOf, type ResponseOf } from '@bangfu/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type BatchList = ResponseOf<'/api/supplier/batches', 'get'>;
export type BatchSummary = BatchList['items'][number];
export type BatchDetail = ResponseOf<'/api/supplier/batches/{id}', 'get'>;
export type TraceEvent = BatchDetail['events'][number];
export type CreateBatchBody = BodyOf<'/api/supplier/batches', 'post'>;
export type AppendEventBody = BodyOf<'/api/supplier/batches/{id}/events', 'post'>;

export interface BatchFilters {
  page: number;
  pageSize: number;
  productId?: string;
}

const key = ['supplier', 'batches'] as const;

export function useBatches(filters: BatchFilters) {
  return useQuery({
    queryKey: [...key, 'list', filters],
    queryFn: () => unwrap(api.GET('/api/supplier/batches', { params: { query: filters } })),
    placeholderData: (prev) => prev,
  });
}

export function useBatch(id: string) {
  return useQuery({ queryKey: [...key, id], queryFn: () => unwrap(api.GET('/api/supplier/batches/{id}', { params: { path: { id } } })) });
}

export function useCreateBatch() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateBatchBody) => unwrap(api.POST('/api/supplier/batches', { body })),
    onSuccess: (b) => {
      qc.setQueryData([...key, b.id], b);
      return qc.invalidateQueries({ queryKey: [...key, 'list'] });
    },
  });
}

export function useAppendEvent(batchId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: AppendEventBody) => unwrap(api.POST('/api/supplier/batches/{id}/events', { params: { path: { id: batchId } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: [...key, batchId] }),
  });
}

/**
 * The printable 承诺达标合格证 is a bearer-protected HTML page: fetch it with the client and open it
 * from a Blob URL, so the token never appears in an address.
 */
export async function openLabel(batchId: string): Promise<void> {
  const tab = window.open('', '_blank'); // opened now, while the click still counts as a user gesture
  try {
    const html = await unwrap(api.GET('/api/supplier/batches/{id}/label', { params: { path: { id: batchId } }, parseAs: 'text' }));
    const url = URL.createObjectURL(new Blob([html as string], { type: 'text/html;charset=utf-8' }));
    if (tab) tab.location.href = url;
    else window.open(url, '_blank');
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (e) {
    tab?.close();
    throw e;
  }
}

export const qrUrl = (traceCode: string) => `/api/trace/${encodeURIComponent(traceCode)}/qr.svg`;
