// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calls, mockApi } from '../../test/api';
import { renderAt, resetApp, signIn } from '../../test/render';
import { acceptedAmountFen } from './AcceptanceForm';
import { OrderDetailPage } from './OrderDetailPage';
import { buyer, order } from './testData';

const shipped = order('SHIPPED', { shippedAt: '2026-06-19T01:00:00Z', carrier: '顺丰冷运', trackingNo: 'SF123' });
const accepted = order('ACCEPTED', {
  acceptedFen: 8 * 5790 + 19900, acceptedAt: '2026-06-20T03:00:00Z', acceptedOn: '2026-06-20', invoiceStatus: 'SUBMITTED',
  acceptance: { acceptedByName: '李建国', note: null, photoUrls: [], acceptedAt: '2026-06-20T03:00:00Z' },
  invoices: [{ id: 'i1', invoiceNo: '26442000000012345678', amountFen: 8 * 5790 + 19900, fileUrl: '/api/files/f-inv', status: 'SUBMITTED', rejectReason: null, submittedAt: '2026-06-20T05:00:00Z', decidedAt: null }],
  payment: { status: 'UNPAID', method: null, paidFen: null, dueFen: 8 * 5790 + 19900, transferReference: null, transferPaidOn: null, paidAt: null },
});

describe('procurement order page', () => {
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

  it('shows the agreed price where the supplier lowered it, and offers no payment before acceptance', async () => {
    for (const s of ['PENDING_APPROVAL', 'CONFIRMED', 'SHIPPED']) {
      mockApi({ 'GET /api/auth/me': () => buyer, 'GET /api/procurement/orders/:id': () => (s === 'SHIPPED' ? shipped : order(s)) });
      renderAt('/procurement/orders/po1', '/procurement/orders/:id', <OrderDetailPage />);
      expect(await screen.findByText('采购明细')).toBeTruthy();
      expect(screen.queryByRole('button', { name: '对公转账付款' })).toBeNull();
      expect(screen.queryByRole('button', { name: '支付宝付款' })).toBeNull();
      expect(screen.getByText('验收后才能付款。')).toBeTruthy();
      expect(!!screen.queryByRole('button', { name: '取消采购单' })).toBe(s === 'PENDING_APPROVAL');
      expect(!!screen.queryByRole('button', { name: '验收' })).toBe(s === 'SHIPPED');
      cleanup();
      resetApp();
      signIn();
    }
    mockApi({ 'GET /api/auth/me': () => buyer, 'GET /api/procurement/orders/:id': () => order('CONFIRMED') });
    renderAt('/procurement/orders/po1', '/procurement/orders/:id', <OrderDetailPage />);
    expect((await screen.findByLabelText('下单价 ¥59.90')).tagName).toBe('S');
    expect(screen.getByText(/供应商确认降价/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '下载采购合同 PDF' })).toBeTruthy();
  });

  it('accepts the delivery: shows the accepted amount before submitting and posts every line', async () => {
    let current: unknown = shipped;
    mockApi({
      'GET /api/auth/me': () => buyer,
      'GET /api/procurement/orders/:id': () => current,
      'POST /api/procurement/orders/:id/accept': () => (current = accepted),
    });
    renderAt('/procurement/orders/po1', '/procurement/orders/:id', <OrderDetailPage />);
    fireEvent.click(await screen.findByRole('button', { name: '验收' }));
    const form = screen.getByRole('form', { name: '验收单' });
    const mango = within(form).getByLabelText('实收数量 百色芒果 台农一号（5斤装 中果）') as HTMLInputElement;
    expect(mango.value).toBe('10');
    // Everything received: 10 × ¥57.90 (agreed, not list) + 1 × ¥199.00.
    expect(screen.getByTestId('accepted-amount').textContent).toBe('¥778.00');

    fireEvent.change(mango, { target: { value: '8' } });
    expect(screen.getByTestId('accepted-amount').textContent).toBe('¥662.20');
    fireEvent.change(within(form).getByLabelText('短缺说明 百色芒果 台农一号（5斤装 中果）'), { target: { value: '两箱压坏拒收' } });
    fireEvent.change(within(form).getByLabelText('验收备注（选填）'), { target: { value: '其余完好' } });

    fireEvent.change(mango, { target: { value: '11' } });
    expect(within(form).getByText('实收数量须为 0 到 10 的整数')).toBeTruthy();
    expect((within(form).getByRole('button', { name: '确认验收' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(mango, { target: { value: '8' } });

    fireEvent.click(within(form).getByRole('button', { name: '确认验收' }));
    await waitFor(() =>
      expect(calls.find((c) => c.path === '/api/procurement/orders/po1/accept')?.body).toEqual({
        lines: [{ lineId: 'l1', receivedQty: 8, note: '两箱压坏拒收' }, { lineId: 'l2', receivedQty: 1 }],
        note: '其余完好',
      }),
    );
    expect(await screen.findByText('验收记录')).toBeTruthy();
    expect(screen.getByRole('button', { name: '对公转账付款' })).toBeTruthy();
  });

  it('after acceptance: checks the invoice and records a bank transfer', async () => {
    let current: ReturnType<typeof order> = accepted;
    mockApi({
      'GET /api/auth/me': () => buyer,
      'GET /api/procurement/orders/:id': () => current,
      'POST /api/procurement/orders/:id/invoice/verify': () => (current = { ...accepted, invoiceStatus: 'VERIFIED', invoices: [{ ...accepted.invoices[0], status: 'VERIFIED' }] }),
      'POST /api/procurement/orders/:id/payments/transfer': (c) =>
        (current = { ...current, paymentStatus: 'TRANSFER_DECLARED', payment: { ...accepted.payment, status: 'TRANSFER_DECLARED', method: 'BANK_TRANSFER', transferReference: (c.body as { reference: string }).reference } }),
      'POST /api/procurement/orders/:id/payments/alipay': () => ({ payUrl: 'http://localhost/api/sandbox/alipay/gateway.do?x=1', outTradeNo: 'BF1' }),
    });
    renderAt('/procurement/orders/po1', '/procurement/orders/:id', <OrderDetailPage />);
    expect(await screen.findByText('26442000000012345678')).toBeTruthy();
    expect(screen.getByRole('link', { name: '查看发票 PDF' }).getAttribute('href')).toBe('/api/files/f-inv');
    fireEvent.click(screen.getByRole('button', { name: '验票通过' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: '验票通过' })).toBeNull());
    expect(calls.some((c) => c.method === 'POST' && c.path === '/api/procurement/orders/po1/invoice/verify')).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: '支付宝付款' }));
    await waitFor(() => expect(assign).toHaveBeenCalledWith('http://localhost/api/sandbox/alipay/gateway.do?x=1'));

    fireEvent.click(screen.getByRole('button', { name: '对公转账付款' }));
    fireEvent.change(screen.getByLabelText('转账流水号'), { target: { value: 'CMB20260620123456' } });
    fireEvent.change(screen.getByLabelText('转账日期'), { target: { value: '2026-01-05' } });
    fireEvent.click(screen.getByRole('button', { name: '提交转账信息' }));
    await waitFor(() => expect(calls.find((c) => c.path === '/api/procurement/orders/po1/payments/transfer')?.body).toEqual({ reference: 'CMB20260620123456', paidOn: '2026-01-05' }));
    expect(await screen.findByText(/已登记对公转账/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '对公转账付款' })).toBeNull();
  });

  it('computes the accepted amount from the agreed price and the received quantity', () => {
    expect(acceptedAmountFen([{ unitPriceFen: 5790, receivedQty: 8 }, { unitPriceFen: 19900, receivedQty: 0 }])).toBe(46320);
  });
});
