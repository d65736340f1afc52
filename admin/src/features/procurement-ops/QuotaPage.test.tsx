// @vitest-environment jsdom
import './testing/setup';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callsTo, mockApi } from './testing/fake-api';
import { renderPage } from './testing/render';
import { QuotaPage } from './QuotaPage';

const row = (over: Record<string, unknown>) => ({
  rank: 1, agencyId: 'a1', agencyName: '深圳市福田区机关事务管理局', divisionCode: '440304', level: 'DISTRICT', declared: true,
  annualAgriSpendFen: 100_000_000, ratio: 0.3, policySource: 'POLICY', policyScopeCode: '440000', reservedFen: 30_000_000,
  purchasedFen: 37_500_000, pairedFen: 12_345_600, progress: 1.25, projectionFen: 40_000_000, status: 'GREEN', statusLabel: '达标/进度正常',
  countedOrderCount: 2, remarks: null, ...over,
});

const ranking = {
  year: 2026, asOf: '2026-06-01', total: 3, page: 1, pageSize: 50,
  items: [
    row({}),
    row({ rank: 2, agencyId: 'a2', agencyName: '深圳市南山区教育局', divisionCode: '440305', purchasedFen: 1_000_000, pairedFen: 0, progress: 0.0333, status: 'RED', statusLabel: '滞后' }),
    row({ rank: 3, agencyId: 'a3', agencyName: '广州市天河区卫生健康局', divisionCode: '440106', declared: false, reservedFen: 0, purchasedFen: 0, pairedFen: 0, progress: null, status: 'UNDECLARED', statusLabel: '未申报' }),
  ],
  summary: { agencies: 3, declared: 2, reservedFen: 60_000_000, purchasedFen: 38_500_000, pairedFen: 12_345_600, byStatus: [{ status: 'GREEN', count: 1 }, { status: 'RED', count: 1 }, { status: 'UNDECLARED', count: 1 }] },
};

const countedOrders = {
  year: 2026, month: null, paired: false, total: 2, page: 1, pageSize: 20,
  items: [
    { orderId: 'o1', orderNo: 'PO20260301001', acceptedOn: '2026-03-01', purpose: 'CANTEEN', status: 'COMPLETED', canteenId: 'c1', supplierId: 's1', supplierName: '田东县祥周镇芒果种植专业合作社', acceptedFen: 30_000_000, refundedFen: 0, countedFen: 30_000_000, pairedFen: 12_345_600, quotaFen: 30_000_000 },
    { orderId: 'o2', orderNo: 'PO20260402001', acceptedOn: '2026-04-02', purpose: 'UNION_WELFARE', status: 'ACCEPTED', canteenId: 'c1', supplierId: 's2', supplierName: '巴马瑶族自治县长寿源农业专业合作社', acceptedFen: 8_000_000, refundedFen: 500_000, countedFen: 7_500_000, pairedFen: 0, quotaFen: 7_500_000 },
  ],
  totals: { orders: 2, countedFen: 37_500_000, pairedFen: 12_345_600, quotaFen: 37_500_000 },
};

beforeEach(() => {
  mockApi({
    'GET /api/auth/me': () => ({}),
    'GET /api/admin/quota': () => ranking,
    'GET /api/regions/divisions': (c) =>
      c.query.get('parentCode') === '440300'
        ? { items: [{ code: '440304', name: '福田区', fullName: '广东省深圳市福田区', level: 'COUNTY', parentCode: '440300', validTo: null }, { code: '440305', name: '南山区', fullName: '广东省深圳市南山区', level: 'COUNTY', parentCode: '440300', validTo: null }] }
        : { items: [{ code: '440106', name: '天河区', fullName: '广东省广州市天河区', level: 'COUNTY', parentCode: '440100', validTo: null }] },
    'GET /api/agencies/:agencyId/quota/orders': () => countedOrders,
  });
});
afterEach(() => cleanup());

// antd renders a lot of DOM and role queries walk all of it: jsdom needs more than the default 5 s.
describe('份额监测', { timeout: 30_000 }, () => {
  it('ranks agencies with their status tags, districts and progress beyond 100%', async () => {
    renderPage(<QuotaPage />);
    await screen.findByText('深圳市福田区机关事务管理局');
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    // header + 3 agencies, in the API's order
    expect(rows).toHaveLength(4);
    expect(within(rows[1]!).getByText('深圳市福田区机关事务管理局')).toBeTruthy();
    expect(within(rows[2]!).getByText('深圳市南山区教育局')).toBeTruthy();
    expect(within(table).getByText('达标/进度正常')).toBeTruthy();
    expect(within(table).getByText('滞后')).toBeTruthy();
    expect(within(table).getAllByText('未申报').length).toBeGreaterThan(0);
    expect(within(table).getByText('125%')).toBeTruthy();
    expect(await within(table).findByText('深圳市福田区')).toBeTruthy();
    expect(within(table).getByText('广州市天河区')).toBeTruthy();
    expect(callsTo('GET', '/api/admin/quota')[0]!.query.get('year')).toMatch(/^\d{4}$/);
  });

  it('opens the counted orders behind the purchased figure, whose total equals it', async () => {
    renderPage(<QuotaPage />);
    // Role queries walk antd's whole DOM (slow in jsdom); the aria-label is the same accessible name.
    const figure = await screen.findByLabelText('查看深圳市福田区机关事务管理局计入份额的订单', {}, { timeout: 5000 });
    expect(figure.tagName).toBe('BUTTON');
    expect(figure.textContent).toBe('¥375,000.00');
    await userEvent.click(figure);
    expect(await screen.findByText('PO20260301001', {}, { timeout: 5000 })).toBeTruthy();
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('PO20260402001')).toBeTruthy();
    expect(within(dialog).getByTestId('counted-total').textContent).toBe('¥375,000.00');
    // No mismatch warning when the list adds up to the figure.
    expect(within(dialog).queryByText(/不一致/)).toBeNull();
    const call = callsTo('GET', '/api/agencies/:agencyId/quota/orders')[0]!;
    expect(call.path).toBe('/api/agencies/a1/quota/orders');
    expect(call.query.get('paired')).toBeNull();
  });

  it('exports the ranking as Excel with the bearer token', async () => {
    const created = vi.fn(() => 'blob:x');
    URL.createObjectURL = created;
    URL.revokeObjectURL = vi.fn();
    mockApi({
      'GET /api/auth/me': () => ({}),
      'GET /api/admin/quota': () => ranking,
      'GET /api/regions/divisions': () => ({ items: [] }),
      'GET /api/admin/quota/export.xlsx': () => new Response(new Blob(['xlsx']), { status: 200, headers: { 'Content-Disposition': "attachment; filename*=UTF-8''%E4%BB%BD%E9%A2%9D.xlsx" } }),
    });
    renderPage(<QuotaPage />);
    await userEvent.click(await screen.findByRole('button', { name: /导出 Excel/ }));
    await waitFor(() => expect(created).toHaveBeenCalled());
    const call = callsTo('GET', '/api/admin/quota/export.xlsx')[0]!;
    expect(call.headers.get('Authorization')).toBe('Bearer test-token');
    expect(call.query.get('year')).toMatch(/^\d{4}$/);
  });
});
