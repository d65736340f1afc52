// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calls, mockApi } from '../../test/api';
import { citizen, renderAt, resetApp, signIn } from '../../test/render';
import { OrderDetailPage } from './OrderDetailPage';

const base = {
  id: 'o1', orderNo: '2026031548210937', status: 'PENDING_PAYMENT', totalFen: 11980, discountFen: 2000, payableFen: 9980, refundedFen: 0,
  couponCode: 'UCSZGH2026DEMO', couponFundedBy: '深圳市总工会',
  address: { name: '陈小梅', phone: '13800000005', region: '广东省深圳市福田区', detail: '福华三路 88 号' },
  createdAt: '2026-03-15T10:00:00+08:00', expiresAt: '2026-03-15T10:30:00+08:00', paidAt: null, cancelledAt: null, cancelReason: null,
  items: [{ id: 'i1', supplierOrderId: 'so1', productId: 'p1', skuId: 'k1', productName: '百色芒果', spec: '5 斤装', unit: '箱', unitPriceFen: 5990, quantity: 2, lineFen: 11980, discountFen: 2000, shippedQty: 0, refundedQty: 0, refundedFen: 0 }],
  supplierOrders: [{ id: 'so1', subOrderNo: '2026031548210937-1', supplier: { id: 's1', name: '田东县祥周镇芒果种植专业合作社' }, status: 'PENDING_PAYMENT', goodsFen: 11980, discountFen: 2000, payableFen: 9980, refundedFen: 0, openRefundId: null, autoConfirmAt: null, shipments: [] }],
  refunds: [],
  events: [{ type: 'CREATED', supplierOrderId: null, from: null, to: 'PENDING_PAYMENT', actor: 'BUYER', actorName: '陈小梅', note: null, at: '2026-03-15T10:00:00+08:00' }],
};
const paid = {
  ...base, status: 'PAID', paidAt: '2026-03-15T10:01:00+08:00',
  supplierOrders: [{ ...base.supplierOrders[0], status: 'PAID' }],
  events: [...base.events, { type: 'PAID', supplierOrderId: null, from: 'PENDING_PAYMENT', to: 'PAID', actor: 'PAYMENT', actorName: null, note: null, at: '2026-03-15T10:01:00+08:00' }],
};
const shipped = {
  ...paid, status: 'SHIPPED',
  items: [{ ...base.items[0], shippedQty: 2 }],
  supplierOrders: [{ ...paid.supplierOrders[0], status: 'SHIPPED', autoConfirmAt: '2026-03-26T10:00:00+08:00', shipments: [{ id: 'sh1', carrier: '顺丰速运', trackingNo: 'SF1234567890123', lines: [{ orderItemId: 'i1', quantity: 2 }], shippedAt: '2026-03-16T09:00:00+08:00' }] }],
};

describe('order page (Alipay return page)', () => {
  beforeEach(() => {
    resetApp();
    signIn();
  });
  afterEach(cleanup);

  it('waits for the payment notification, polling the order, then shows 已支付', async () => {
    let reads = 0;
    mockApi({ 'GET /api/auth/me': () => citizen, 'GET /api/orders/:id': () => (++reads < 2 ? base : paid) });
    renderAt('/orders/o1?out_trade_no=BF1&trade_no=2026', '/orders/:id', <OrderDetailPage />);

    expect(await screen.findByText('正在确认支付结果…')).toBeTruthy();
    expect(screen.getByRole('button', { name: '刷新' })).toBeTruthy();
    expect(await screen.findByText('支付成功 · 已支付', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText(/已支付 · 支付宝/)).toBeTruthy();
    expect(reads).toBeGreaterThanOrEqual(2);
    expect(screen.getByText('2026031548210937-1', { exact: false })).toBeTruthy();
  });

  it('shows tracking per co-op, confirms receipt and asks for a refund with a reason', async () => {
    let order: typeof shipped | typeof paid = shipped;
    mockApi({
      'GET /api/auth/me': () => citizen,
      'GET /api/orders/:id': () => order,
      'POST /api/orders/:id/confirm-receipt': () => (order = { ...shipped, status: 'COMPLETED', supplierOrders: [{ ...shipped.supplierOrders[0], status: 'COMPLETED' }] }),
      'POST /api/orders/:id/refunds': () => ({ status: 201, body: { id: 'r1' } }),
    });
    renderAt('/orders/o1', '/orders/:id', <OrderDetailPage />);

    const part = await screen.findByRole('region', { name: /田东县祥周镇芒果种植专业合作社/ });
    expect(within(part).getByText(/顺丰速运/)).toBeTruthy();
    expect(within(part).getByTestId('tracking-no').textContent).toBe('SF1234567890123');
    fireEvent.click(within(part).getByRole('button', { name: '确认收货' }));
    await waitFor(() => expect(calls.find((c) => c.path === '/api/orders/o1/confirm-receipt')?.body).toEqual({ supplierOrderId: 'so1' }));

    fireEvent.click(await within(part).findByRole('button', { name: '申请退款' }));
    const form = within(part).getByRole('form', { name: '申请退款' });
    fireEvent.change(within(form).getByLabelText('补充说明（选填）'), { target: { value: '两个有黑斑' } });
    fireEvent.click(within(form).getByRole('button', { name: '提交退款申请' }));
    await waitFor(() => expect(calls.find((c) => c.path === '/api/orders/o1/refunds')?.body).toEqual({ supplierOrderId: 'so1', reason: '果品有碰伤或腐坏：两个有黑斑' }));
  });
});
