// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calls, mockApi, status } from '../../test/api';
import { citizen, renderAt, resetApp, signIn } from '../../test/render';
import { OrderBuilderPage } from './OrderBuilderPage';
import { cartStorageKey } from './procurementCart';
import { agency, buyer, mangoDetail, productPage } from './testData';

const SKU = mangoDetail.skus[0].id;
const created = {
  orders: [{
    id: 'po1', orderNo: 'PO202606150001', status: 'PENDING_APPROVAL', statusLabel: '待审批', purpose: 'CANTEEN', agencyId: 'ag1', agencyName: agency.name,
    canteenId: 'c1', canteenName: '福田区机关第一食堂', supplierId: 's1', supplierName: '田东县祥周镇芒果种植专业合作社', buyerUserId: 'u3', buyerName: '李建国',
    goodsFen: 59900, confirmedFen: null, acceptedFen: null, refundedFen: 0, deliveryDate: '2026-06-20', approvalRequired: true, confirmDeadline: null,
    invoiceStatus: 'NONE', paymentStatus: 'UNPAID', agreementId: null, standingOrderId: null, createdAt: '2026-06-15T02:00:00Z',
  }],
};

const posts = () => calls.filter((c) => c.method === 'POST' && c.path === '/api/procurement/orders');

describe('procurement order builder', () => {
  beforeEach(() => {
    resetApp();
    signIn();
  });
  afterEach(cleanup);

  const api = (submit: () => unknown) =>
    mockApi({
      'GET /api/auth/me': () => buyer,
      'GET /api/agencies/:agencyId': () => agency,
      'GET /api/products': () => productPage,
      'GET /api/products/:id': () => mangoDetail,
      'POST /api/procurement/orders': submit,
    });

  async function addMango() {
    renderAt('/procurement/new', '/procurement/new', <OrderBuilderPage />);
    fireEvent.click(await screen.findByRole('button', { name: /百色芒果 台农一号/ }));
    fireEvent.click(await screen.findByRole('button', { name: '加入采购单：百色芒果 台农一号 5斤装 中果' }));
    return (await screen.findByLabelText('采购数量 百色芒果 台农一号 5斤装 中果')) as HTMLInputElement;
  }

  it('adds a SKU at its agency minimum, refuses less, and keeps the cart per user in localStorage', async () => {
    api(() => status(201, created));
    const qty = await addMango();
    expect(qty.value).toBe('10');
    expect(screen.getAllByText('起订量 10').length).toBeGreaterThan(0);
    expect(JSON.parse(localStorage.getItem(cartStorageKey('u3'))!)[0]).toMatchObject({ skuId: SKU, quantity: 10, agencyMinQty: 10 });
    expect(localStorage.getItem('bangfu.storefront.guestCart')).toBeNull();

    fireEvent.change(qty, { target: { value: '5' } });
    expect(await screen.findByText('低于起订量 10箱')).toBeTruthy();
    const submit = screen.getByRole('button', { name: '提交采购单' }) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    fireEvent.click(submit);
    expect(posts()).toHaveLength(0);

    fireEvent.change(qty, { target: { value: '12' } });
    await waitFor(() => expect(submit.disabled).toBe(false));
    // Canteen address and contact come from the agency, read-only.
    expect(screen.getByText('深圳市福田区福中三路市民中心').tagName).toBe('DD');
    expect(screen.getByText(/王师傅/).tagName).toBe('DD');
  });

  it('sends one Idempotency-Key per attempt: a retry reuses it, the next order gets a new one', async () => {
    let fail = true;
    api(() => (fail ? status(503, { statusCode: 503, code: 'UNAVAILABLE', message: '服务暂时不可用，请稍后再试' }) : status(201, created)));
    await addMango();
    fireEvent.click(screen.getByRole('button', { name: '提交采购单' }));
    expect(await screen.findByText('服务暂时不可用，请稍后再试')).toBeTruthy();

    fail = false;
    fireEvent.click(screen.getByRole('button', { name: '提交采购单' }));
    expect(await screen.findByText('采购单已提交')).toBeTruthy();
    expect(screen.getByText(/等待本单位审批人审批/)).toBeTruthy();
    expect(screen.getByRole('link', { name: '查看采购单 PO202606150001' }).getAttribute('href')).toBe('/procurement/orders/po1');

    const [first, retry] = posts();
    expect(first.headers.get('Idempotency-Key')).toMatch(/\S{16,}/);
    expect(retry.headers.get('Idempotency-Key')).toBe(first.headers.get('Idempotency-Key'));
    expect(retry.body).toMatchObject({ canteenId: 'c1', purpose: 'CANTEEN', lines: [{ skuId: SKU, quantity: 10 }] });
    expect((retry.body as { deliveryDate: string }).deliveryDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(localStorage.getItem(cartStorageKey('u3'))).toBeNull();

    // A new order is a new attempt.
    fireEvent.click(screen.getByRole('button', { name: '继续新建' }));
    fireEvent.click(await screen.findByRole('button', { name: /百色芒果 台农一号/ }));
    fireEvent.click(await screen.findByRole('button', { name: '加入采购单：百色芒果 台农一号 5斤装 中果' }));
    fireEvent.click(await screen.findByRole('button', { name: '提交采购单' }));
    await waitFor(() => expect(posts()).toHaveLength(3));
    expect(posts()[2].headers.get('Idempotency-Key')).not.toBe(first.headers.get('Idempotency-Key'));
  });

  it('shows the server refusing a line (below minimum, out of stock) next to that line, in Chinese', async () => {
    api(() => status(409, { statusCode: 409, code: 'OUT_OF_STOCK', message: '「百色芒果 台农一号 5斤装 中果」库存不足', details: { skuId: SKU, requested: 10 } }));
    await addMango();
    fireEvent.click(screen.getByRole('button', { name: '提交采购单' }));
    const err = await screen.findByText('库存不足：「百色芒果 台农一号 5斤装 中果」库存不足');
    expect(err.id).toBe(`err-${SKU}`);
    expect(screen.getByLabelText('采购数量 百色芒果 台农一号 5斤装 中果').getAttribute('aria-describedby')).toBe(`err-${SKU}`);
  });

  it('tells other accounts that procurement is for canteen buyers', async () => {
    mockApi({ 'GET /api/auth/me': () => citizen });
    renderAt('/procurement/new', '/procurement/new', <OrderBuilderPage />);
    expect(await screen.findByText(/当前账号不是食堂采购员/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '提交采购单' })).toBeNull();
  });
});
