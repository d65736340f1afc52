// @vitest-environment jsdom
import '../../agency/test/setup';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calls, mockApi } from '../../agency/test/fakeApi';
import { renderPage } from '../../agency/test/render';
import type { SupplierOrder } from './api';
import { ConfirmOrderModal } from './ConfirmOrderModal';
import { confirmRequest, priceProblem } from './confirmPrices';

const staff = { id: 'u2', name: '田东芒果', phone: '13800000002', roles: ['SUPPLIER_STAFF'], agencyId: null, supplierId: 's1', agency: null, supplier: { id: 's1', name: '田东芒果合作社' } };
const ORDER_ID = '33333333-3333-4333-8333-333333333333';
const line = (id: string, name: string, qty: number, price: number) => ({
  id, productId: 'p', skuId: 'k' + id, productName: name, spec: '5kg/箱', unit: '箱', originCountyCode: '451022', quantity: qty,
  listPriceFen: price, unitPriceFen: price, lineFen: qty * price, receivedQty: null, acceptedFen: null, shortfallNote: null,
});
const order = {
  id: ORDER_ID, orderNo: 'PO202606200001', status: 'PENDING_CONFIRMATION', statusLabel: '待供应商确认', goodsFen: 20 * 8800 + 10 * 5000,
  lines: [line('l1', '田东芒果', 20, 8800), line('l2', '百色香芒', 10, 5000)], refundedFen: 0, acceptedFen: null,
} as unknown as SupplierOrder;

beforeEach(() => mockApi({ 'POST /api/supplier/procurement-orders/:id/confirm': (c) => ({ ...order, status: 'CONFIRMED', body: c.body }) }));
afterEach(cleanup);

describe('confirmPrices', () => {
  it('refuses a raise and accepts a lower or equal price', () => {
    expect(priceProblem('88.01', 8800)).toMatch(/不能高于下单价 ¥88.00/);
    expect(priceProblem('0', 8800)).toBe('单价须大于 0');
    expect(priceProblem('abc', 8800)).toMatch(/请输入单价/);
    expect(priceProblem('88', 8800)).toBeNull();
    expect(priceProblem('80.5', 8800)).toBeNull();
  });

  it('sends only lowered lines and totals deal price × quantity', () => {
    expect(confirmRequest(order.lines, { l1: '80.00', l2: '50.00' })).toEqual({ lines: [{ lineId: 'l1', unitPriceFen: 8000 }], totalFen: 20 * 8000 + 10 * 5000 });
  });
});

describe('ConfirmOrderModal', () => {
  it('refuses a price above the list price before sending, then sends the lowered prices', async () => {
    renderPage(<ConfirmOrderModal order={order} onClose={() => undefined} />, { user: staff });
    const dialog = await screen.findByRole('dialog');
    const mango = within(dialog).getByLabelText('田东芒果（5kg/箱）成交单价') as HTMLInputElement;
    expect(mango.value).toBe('88.00');
    expect(within(dialog).getByTestId('confirm-total').textContent).toBe('¥2,260.00');

    fireEvent.change(mango, { target: { value: '95.00' } });
    await userEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    expect(await within(dialog).findByText(/不能高于下单价 ¥88.00/)).toBeTruthy();
    expect(calls.some((c) => c.path.endsWith('/confirm'))).toBe(false);

    fireEvent.change(mango, { target: { value: '80.00' } });
    const pear = within(dialog).getByLabelText('百色香芒（5kg/箱）成交单价');
    fireEvent.change(pear, { target: { value: '45.5' } });
    await waitFor(() => expect(within(dialog).getByTestId('confirm-total').textContent).toBe('¥2,055.00'));
    await userEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    await waitFor(() => expect(calls.find((c) => c.path.endsWith('/confirm'))).toBeDefined());
    const sent = calls.find((c) => c.path.endsWith('/confirm'))!;
    expect(sent.path).toBe(`/api/supplier/procurement-orders/${ORDER_ID}/confirm`);
    expect(sent.body).toEqual({ lines: [{ lineId: 'l1', unitPriceFen: 8000 }, { lineId: 'l2', unitPriceFen: 4550 }] });
  });
});
