// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calls, mockApi, status } from '../../test/api';
import { renderAt, resetApp, signIn } from '../../test/render';
import { AgreementDetailPage } from './AgreementDetailPage';
import { ProcurementHome } from './ProcurementHome';
import { agency, buyer, order } from './testData';

const quota = {
  agencyId: 'ag1', year: 2026, annualAgriSpendFen: 100_000_000, ratio: 0.3, reservedFen: 30_000_000, purchasedFen: 7_500_000, progress: 0.25, agencyName: agency.name,
  ratioBp: 3000, pairedFen: 6_000_000, byMonth: [], byPurpose: [], projectionFen: 0, status: 'RED', statusLabel: '进度落后', countedOrderCount: 3, asOf: '2026-06-15',
  elapsedDays: 166, policy: null, declaration: null,
};

describe('procurement home and agreements', () => {
  beforeEach(() => {
    resetApp();
    signIn();
  });
  afterEach(cleanup);

  it('shows the agency, its canteen, this year\'s quota progress and what waits for the buyer', async () => {
    mockApi({
      'GET /api/auth/me': () => buyer,
      'GET /api/agencies/:agencyId': () => agency,
      'GET /api/agencies/:agencyId/quota': () => quota,
      'GET /api/procurement/orders': (c) => {
        const items = c.query.get('status') === 'ACCEPTED'
          ? [order('ACCEPTED', { invoiceStatus: 'SUBMITTED' }), order('ACCEPTED', { id: 'po2', paymentStatus: 'TRANSFER_DECLARED' })]
          : [order('SHIPPED')];
        return { items, total: c.query.get('status') === 'SHIPPED' ? 2 : items.length, page: 1, pageSize: 20 };
      },
    });
    renderAt('/procurement', '/procurement', <ProcurementHome />);
    expect(await screen.findByText('福田区机关第一食堂')).toBeTruthy();
    expect((await screen.findByTestId('quota-progress')).textContent).toContain('25.0%');
    expect(screen.getByText('¥300000.00')).toBeTruthy();
    expect(screen.getByText('¥60000.00')).toBeTruthy();
    expect(await screen.findByRole('link', { name: '待验收 2 单' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '待验票 1 单' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '待付款 1 单' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '新建采购单' }).getAttribute('href')).toBe('/procurement/new');
    expect(calls.find((c) => c.path === '/api/agencies/ag1/quota')?.query.get('year')).toMatch(/^20\d\d$/);
  });

  it('orders against an agreement at no less than each line\'s minimum, and pauses a standing order', async () => {
    const agreement = {
      id: 'ag-1', agencyId: 'ag1', agencyName: agency.name, supplierId: 's1', supplierName: '田东县祥周镇芒果种植专业合作社', title: '第一食堂芒果定向直供',
      validFrom: '2020-01-01', validTo: '2099-12-31', status: 'ACTIVE', statusLabel: '生效中', usable: true, expired: false, note: null, declineReason: null,
      respondedAt: null, endedAt: null, endedByParty: null, endReason: null, createdAt: '2026-01-01T00:00:00Z',
      lines: [{ skuId: 'k1', productId: 'p1', productName: '百色芒果 台农一号', spec: '5斤装 中果', unit: '箱', shopPriceFen: 5990, priceFen: 4990, minQty: 20 }],
    };
    const so = {
      id: 'so1', agreementId: 'ag-1', agencyId: 'ag1', canteenId: 'c1', createdBy: 'u3', createdByName: '李建国', weekday: 1, leadDays: 2, lines: [{ skuId: 'k1', quantity: 20 }],
      note: null, active: true, stoppedReason: null, nextDeliveryDate: '2026-06-22', nextOrderDate: '2026-06-20', lastRunAt: null, lastDeliveryDate: null, lastOrderNo: null, lastError: null,
    };
    mockApi({
      'GET /api/auth/me': () => buyer,
      'GET /api/agencies/:agencyId': () => agency,
      'GET /api/agencies/:agencyId/agreements/:id': () => agreement,
      'GET /api/agencies/:agencyId/agreements/:id/standing-orders': () => ({ items: [so] }),
      'PATCH /api/agencies/:agencyId/agreements/:id/standing-orders/:soId': () => ({ ...so, active: false }),
      'POST /api/agencies/:agencyId/agreements/:id/orders': () => status(201, { orders: [{ id: 'po9', orderNo: 'PO9', status: 'PENDING_CONFIRMATION', supplierId: 's1', agreementId: 'ag-1', goodsFen: 99800, deliveryDate: '2026-06-20' }] }),
    });
    renderAt('/procurement/agreements/ag-1', '/procurement/agreements/:id', <AgreementDetailPage />);
    const qty = await screen.findByLabelText('数量 百色芒果 台农一号 5斤装 中果');
    fireEvent.change(qty, { target: { value: '10' } });
    expect(screen.getByText('每单最少 20箱', { selector: '[role=alert]' })).toBeTruthy();
    expect((screen.getByRole('button', { name: '按协议下单' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(qty, { target: { value: '20' } });
    fireEvent.click(screen.getByRole('button', { name: '按协议下单' }));
    expect(await screen.findByRole('link', { name: '采购单 PO9' })).toBeTruthy();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.path).toBe('/api/agencies/ag1/agreements/ag-1/orders');
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
    expect(post.body).toMatchObject({ canteenId: 'c1', purpose: 'CANTEEN', lines: [{ skuId: 'k1', quantity: 20 }] });

    fireEvent.click(screen.getByRole('button', { name: '暂停周期订单（每周一送达）' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ active: false }));
  });
});
