import { unwrap, type BodyOf, type ResponseOf } from '@bangfu/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export type Order = ResponseOf<'/api/orders/{id}', 'get'>;
export type OrderList = ResponseOf<'/api/orders', 'get'>;
export type OrderSummary = OrderList['items'][number];
export type OrderStatus = Order['status'];
export type CheckoutBody = BodyOf<'/api/orders', 'post'>;
export type CheckoutResult = ResponseOf<'/api/orders', 'post'>;
export type Part = Order['supplierOrders'][number];
export type Refund = Order['refunds'][number];

export const orderKey = (id: string) => ['orders', id] as const;

export function useOrders(status?: OrderStatus, page = 1) {
  return useQuery({
    queryKey: ['orders', 'list', status ?? 'all', page],
    queryFn: () => unwrap(api.GET('/api/orders', { params: { query: { ...(status ? { status } : {}), page, pageSize: 20 } } })),
  });
}

/** The order; `poll` re-reads it every 2 s (waiting for the payment notification). */
export function useOrder(id: string | undefined, poll = false) {
  return useQuery({
    queryKey: orderKey(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/orders/{id}', { params: { path: { id: id! } } })),
    enabled: !!id,
    refetchInterval: poll ? 2000 : false,
    retry: (n, err) => (err as { status?: number }).status !== 404 && n < 2,
  });
}

/** Phones get Alipay's mobile cashier, wider screens the desktop one. */
export const payDevice = (): 'wap' | 'page' => (typeof window !== 'undefined' && window.matchMedia?.('(max-width: 767px)').matches ? 'wap' : 'page');

export async function startPayment(orderId: string): Promise<string> {
  const res = await unwrap(api.POST('/api/orders/{id}/pay', { params: { path: { id: orderId } }, body: { channel: 'alipay', device: payDevice() } }));
  return res.payUrl;
}

export function useOrderActions(id: string) {
  const qc = useQueryClient();
  const done = (order?: Order) => {
    if (order) qc.setQueryData(orderKey(id), order);
    else void qc.invalidateQueries({ queryKey: orderKey(id) });
    void qc.invalidateQueries({ queryKey: ['orders', 'list'] });
  };
  const path = { params: { path: { id } } };
  return {
    pay: useMutation({ mutationFn: () => startPayment(id), onSuccess: (url) => window.location.assign(url) }),
    cancel: useMutation({ mutationFn: (reason?: string) => unwrap(api.POST('/api/orders/{id}/cancel', { ...path, body: reason ? { reason } : {} })), onSuccess: done }),
    confirm: useMutation({
      mutationFn: (supplierOrderId: string) => unwrap(api.POST('/api/orders/{id}/confirm-receipt', { ...path, body: { supplierOrderId } })),
      onSuccess: done,
    }),
    refund: useMutation({
      mutationFn: (body: BodyOf<'/api/orders/{id}/refunds', 'post'>) => unwrap(api.POST('/api/orders/{id}/refunds', { ...path, body })),
      onSuccess: () => done(),
    }),
    withdraw: useMutation({
      mutationFn: (refundId: string) => unwrap(api.POST('/api/orders/{id}/refunds/{refundId}/withdraw', { params: { path: { id, refundId } } })),
      onSuccess: () => done(),
    }),
  };
}
