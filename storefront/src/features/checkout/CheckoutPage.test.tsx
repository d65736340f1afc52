// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calls, mockApi, status } from '../../test/api';
import { citizen, renderAt, resetApp, signIn } from '../../test/render';
import { CheckoutPage } from './CheckoutPage';

const cart = {
  groups: [
    {
      supplier: { id: 'sup-1', name: '田东县祥周镇芒果种植专业合作社' },
      lines: [
        { skuId: 'sku-5', quantity: 2, productId: 'p1', productName: '百色芒果', spec: '5 斤装', unit: '箱', coverUrl: null, priceFen: 5990, lineFen: 11980, stock: 10, available: true, unavailableReason: null },
        { skuId: 'sku-x', quantity: 1, productId: 'p2', productName: '芒果干', spec: '250g', unit: '袋', coverUrl: null, priceFen: 1500, lineFen: 1500, stock: 0, available: false, unavailableReason: '已售罄' },
      ],
      subtotalFen: 11980,
    },
  ],
  totalFen: 11980,
  lineCount: 2,
};
const coupon = {
  id: 'c1', code: 'UCSZGH2026DEMO', campaignName: '深圳市总工会消费帮扶券', fundedBy: '深圳市总工会', faceValueFen: 2000, minSpendFen: 9900,
  validFrom: '2026-01-01', validTo: '2026-12-31', scope: 'ASSISTANCE', zone: null, status: 'AVAILABLE', orderId: null,
};
const home = { id: 'a1', name: '陈小梅', phone: '13800000005', region: '广东省深圳市福田区', detail: '福华三路 88 号', isDefault: true, updatedAt: '2026-03-01T00:00:00Z' };
const created = { id: 'o1', orderNo: '2026031548210937', status: 'PENDING_PAYMENT', totalFen: 11980, discountFen: 2000, payableFen: 9980, expiresAt: '2026-03-15T10:30:00+08:00' };

describe('checkout', () => {
  const assign = vi.fn();
  beforeEach(() => {
    resetApp();
    signIn();
    assign.mockReset();
    vi.stubGlobal('location', { ...window.location, assign });
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  const api = (over: Record<string, (c: never) => unknown> = {}) =>
    mockApi({
      'GET /api/auth/me': () => citizen,
      'GET /api/cart': () => cart,
      'GET /api/coupons/mine': () => ({ items: [coupon] }),
      'GET /api/me/addresses': () => ({ items: [home] }),
      'POST /api/orders': () => status(201, created),
      'POST /api/orders/:id/pay': () => ({ payUrl: 'http://localhost/api/sandbox/alipay/gateway.do?x=1', outTradeNo: 'BF1' }),
      ...over,
    });

  it('submits the buyable lines with the default address and the best coupon, then goes to the Alipay cashier', async () => {
    api();
    renderAt('/checkout', '/checkout', <CheckoutPage />);

    const address = await screen.findByRole('radiogroup', { name: '收货地址' });
    expect((within(address).getByRole('radio') as HTMLInputElement).checked).toBe(true);
    const coupons = screen.getByRole('radiogroup', { name: '选择工会券' });
    await waitFor(() => expect((within(coupons).getByRole('radio', { name: /深圳市总工会消费帮扶券/ }) as HTMLInputElement).checked).toBe(true));
    expect(screen.getByText('-¥20.00')).toBeTruthy();
    expect(screen.getByTestId('checkout-payable').textContent).toBe('¥99.80');
    expect(screen.getByText(/暂不可购买的商品不会提交/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '提交订单' }));
    await waitFor(() => expect(assign).toHaveBeenCalledWith('http://localhost/api/sandbox/alipay/gateway.do?x=1'));
    const order = calls.find((c) => c.method === 'POST' && c.path === '/api/orders')!;
    expect(order.body).toEqual({
      items: [{ skuId: 'sku-5', quantity: 2 }],
      address: { name: '陈小梅', phone: '13800000005', region: '广东省深圳市福田区', detail: '福华三路 88 号' },
      couponCode: 'UCSZGH2026DEMO',
    });
    expect(order.headers.get('Idempotency-Key')).toMatch(/\S{16,}/);
    expect(calls.find((c) => c.path === '/api/orders/o1/pay')?.body).toEqual({ channel: 'alipay', device: expect.stringMatching(/page|wap/) });
  });

  it('retries a failed submission with the same Idempotency-Key, and uses a new one when the order changes', async () => {
    let fail = true;
    api({ 'POST /api/orders': () => (fail ? status(503, { statusCode: 503, code: 'UNAVAILABLE', message: '服务暂时不可用' }) : status(201, created)) });
    renderAt('/checkout', '/checkout', <CheckoutPage />);
    const submit = await screen.findByRole('button', { name: '提交订单' });
    await waitFor(() => expect(screen.getByTestId('checkout-payable').textContent).toBe('¥99.80'));

    fireEvent.click(submit);
    expect((await screen.findByRole('alert')).textContent).toContain('不会重复下单');
    fireEvent.click(screen.getByRole('button', { name: '提交订单' }));
    await screen.findAllByRole('alert');
    const keys = () => calls.filter((c) => c.method === 'POST' && c.path === '/api/orders').map((c) => c.headers.get('Idempotency-Key'));
    await waitFor(() => expect(keys()).toHaveLength(2));
    expect(keys()[0]).toBe(keys()[1]);

    fireEvent.click(screen.getByRole('radio', { name: '不使用工会券' }));
    expect(screen.getByTestId('checkout-payable').textContent).toBe('¥119.80');
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: '提交订单' }));
    await waitFor(() => expect(assign).toHaveBeenCalled());
    expect(keys()).toHaveLength(3);
    expect(keys()[2]).not.toBe(keys()[0]);
    expect(calls.filter((c) => c.path === '/api/orders').at(-1)?.body).not.toHaveProperty('couponCode');
  });

  it('asks for an address when the book is empty and saves the new one', async () => {
    let book: (typeof home)[] = [];
    api({
      'GET /api/me/addresses': () => ({ items: book }),
      'POST /api/me/addresses': (c: { body: typeof home }) => {
        const saved = { ...c.body, id: 'a2', isDefault: true, updatedAt: '2026-03-02T00:00:00Z' };
        book = [saved];
        return status(201, saved);
      },
    });
    renderAt('/checkout', '/checkout', <CheckoutPage />);
    const form = await screen.findByRole('form', { name: '新增收货地址' });
    expect((screen.getByRole('button', { name: '提交订单' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(form).getByRole('button', { name: '保存地址' }));
    expect(await within(form).findByText('请填写收货人')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('收货人'), { target: { value: '陈小梅' } });
    fireEvent.change(within(form).getByLabelText('手机号'), { target: { value: '13800000005' } });
    fireEvent.change(within(form).getByLabelText('所在地区'), { target: { value: '广东省深圳市福田区' } });
    fireEvent.change(within(form).getByLabelText('详细地址'), { target: { value: '福华三路 88 号' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存地址' }));
    await waitFor(() => expect((screen.getByRole('button', { name: '提交订单' }) as HTMLButtonElement).disabled).toBe(false));
    expect(calls.find((c) => c.method === 'POST' && c.path === '/api/me/addresses')?.body).toEqual({ name: '陈小梅', phone: '13800000005', region: '广东省深圳市福田区', detail: '福华三路 88 号' });
  });
});
