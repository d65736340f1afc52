import { unwrap, type BodyOf, type ResponseOf } from '@bangfu/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type SupplierOrder = ResponseOf<'/api/supplier/procurement-orders/{id}', 'get'>;
export type SupplierOrderList = ResponseOf<'/api/supplier/procurement-orders', 'get'>;
export type SupplierOrderSummary = SupplierOrderList['items'][number];
export type ConfirmBody = BodyOf<'/api/supplier/procurement-orders/{id}/confirm', 'post'>;
/**
 * The procurement ShipDto (carrier, optional trackingNo and note). The generated schema names it
 * ShipDto like the consumer orders' DTO and shows that one (trackingNo required, lines), so it is typed
 * here until the backend gives it its own name.
 */
export interface ShipBody {
  carrier: string;
  trackingNo?: string;
  note?: string;
}
type SchemaShipBody = BodyOf<'/api/supplier/procurement-orders/{id}/ship', 'post'>;
export type InvoiceBody = BodyOf<'/api/supplier/procurement-orders/{id}/invoice', 'post'>;
export type RefundBody = BodyOf<'/api/supplier/procurement-orders/{id}/refunds', 'post'>;

const key = ['supplier', 'procurement-orders'] as const;

export function useSupplierOrders(filters: { status?: SupplierOrderSummary['status']; page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...key, 'list', filters],
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET('/api/supplier/procurement-orders', { params: { query: filters } })),
  });
}

export function useSupplierOrder(id: string | undefined) {
  return useQuery({
    queryKey: [...key, 'detail', id],
    enabled: !!id,
    queryFn: () => unwrap(api.GET('/api/supplier/procurement-orders/{id}', { params: { path: { id: id! } } })),
  });
}

function useChanged() {
  const qc = useQueryClient();
  return (order: SupplierOrder) => {
    qc.setQueryData([...key, 'detail', order.id], order);
    void qc.invalidateQueries({ queryKey: [...key, 'list'] });
  };
}

const byId = (id: string) => ({ params: { path: { id } } });

export function useConfirmOrder() {
  const changed = useChanged();
  return useMutation({
    mutationFn: ({ id, ...body }: ConfirmBody & { id: string }) => unwrap(api.POST('/api/supplier/procurement-orders/{id}/confirm', { ...byId(id), body })),
    onSuccess: changed,
  });
}

export function useDeclineOrder() {
  const changed = useChanged();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => unwrap(api.POST('/api/supplier/procurement-orders/{id}/decline', { ...byId(id), body: { reason } })),
    onSuccess: changed,
  });
}

export function useShipOrder() {
  const changed = useChanged();
  return useMutation({
    mutationFn: ({ id, ...body }: ShipBody & { id: string }) => unwrap(api.POST('/api/supplier/procurement-orders/{id}/ship', { ...byId(id), body: body as unknown as SchemaShipBody })),
    onSuccess: changed,
  });
}

export function useSubmitInvoice() {
  const changed = useChanged();
  return useMutation({
    mutationFn: ({ id, ...body }: InvoiceBody & { id: string }) => unwrap(api.POST('/api/supplier/procurement-orders/{id}/invoice', { ...byId(id), body })),
    onSuccess: changed,
  });
}

export function useConfirmTransfer() {
  const changed = useChanged();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/supplier/procurement-orders/{id}/payments/transfer/confirm', byId(id))),
    onSuccess: changed,
  });
}

export function useRefund() {
  const changed = useChanged();
  return useMutation({
    mutationFn: ({ id, ...body }: RefundBody & { id: string }) => unwrap(api.POST('/api/supplier/procurement-orders/{id}/refunds', { ...byId(id), body })),
    onSuccess: changed,
  });
}
