// @vitest-environment jsdom
import '../test/setup';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calls, mockApi } from '../test/fakeApi';
import { AGENCY_ID, manager, renderPage } from '../test/render';
import { QuotaPage } from './QuotaPage';

// The chart draws on a canvas jsdom lacks; its data is covered by the table under it.
vi.mock('./QuotaTrendChart', () => ({ default: () => <div data-testid="trend-chart" /> }));

const byMonth = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, purchasedFen: i === 2 ? 1_250_000 : i === 3 ? 300_000 : 0, pairedFen: i === 2 ? 1_000_000 : 0 }));

const quota = (year: number) => ({
  agencyId: AGENCY_ID, year, annualAgriSpendFen: 10_000_000, ratio: 0.3, reservedFen: 3_000_000, purchasedFen: 1_550_000, progress: 0.5166,
  agencyName: '深圳市福田区机关事务管理局', ratioBp: 3000, pairedFen: 1_000_000, byMonth, byPurpose: [], projectionFen: 3_600_000,
  status: 'GREEN', statusLabel: '达标/进度正常', countedOrderCount: 2, asOf: `${year}-06-30`, elapsedDays: 181,
  policy: { source: 'POLICY', id: 'p', versionNo: 1, scopeCode: '440300', scopeName: '深圳市', year, ratio: 0.3, ratioBp: 3000, countsUnionWelfare: true, countsStaffPurchases: false, pairedCountiesOnly: false, basis: '深圳市消费帮扶工作方案' },
  declaration: { hasCanteen: true, annualAgriSpendFen: 10_000_000, remarks: null, revision: 1, filedAt: `${year}-01-10T00:00:00Z` },
});

const order = (no: string, fen: number, paired: number) => ({
  orderId: no, orderNo: no, acceptedOn: '2026-03-15', purpose: 'CANTEEN', status: 'ACCEPTED', canteenId: 'c', supplierId: 's', supplierName: '田东芒果合作社',
  acceptedFen: fen, refundedFen: 0, countedFen: fen, pairedFen: paired, quotaFen: fen,
});

beforeEach(() => {
  mockApi({
    'GET /api/agencies/:id/quota': (c) => quota(Number(c.query.get('year'))),
    'GET /api/agencies/:id/quota/orders': (c) => {
      const month = c.query.get('month');
      const items = month === '3' ? [order('PO-1', 1_250_000, 1_000_000)] : [order('PO-1', 1_250_000, 1_000_000), order('PO-2', 300_000, 0)];
      const sum = items.reduce((s, o) => s + o.quotaFen, 0);
      return { year: 2026, month: month ? Number(month) : null, paired: c.query.get('paired') === 'true', items, total: items.length, page: 1, pageSize: 50,
        totals: { orders: items.length, countedFen: sum, pairedFen: items.reduce((s, o) => s + o.pairedFen, 0), quotaFen: sum } };
    },
  });
});
afterEach(cleanup);

describe('QuotaPage', () => {
  it('shows the figures of the agency for the year, progress and status', async () => {
    renderPage(<QuotaPage />, { user: manager });
    expect(await screen.findByTestId('quota-purchased')).toHaveProperty('textContent', '¥15,500.00');
    expect(screen.getByTestId('quota-reserved').textContent).toBe('¥30,000.00');
    expect(screen.getByTestId('quota-paired').textContent).toBe('¥10,000.00');
    expect(screen.getByTestId('quota-projection').textContent).toBe('¥36,000.00');
    expect(screen.getByTestId('quota-progress').textContent).toBe('51.7%');
    expect(screen.getByTestId('quota-status').textContent).toBe('达标/进度正常');
    expect(screen.getByRole('button', { name: /已采购金额/ })).toBeTruthy();
    const q = calls.find((c) => c.path === `/api/agencies/${AGENCY_ID}/quota`)!;
    expect(Number(q.query.get('year'))).toBeGreaterThanOrEqual(2025);
  });

  it('opens the counted orders behind the purchased figure, whose total equals it', async () => {
    renderPage(<QuotaPage />, { user: manager });
    await userEvent.click(await screen.findByRole('button', { name: /已采购金额/ }));
    const drawer = await screen.findByRole('dialog');
    await waitFor(() => expect(within(drawer).getByTestId('counted-total').textContent).toBe('¥15,500.00'));
    expect(within(drawer).getByText('PO-2')).toBeTruthy();
    const req = calls.filter((c) => c.path.endsWith('/quota/orders')).at(-1)!;
    expect(req.query.get('month')).toBeNull();
    expect(req.query.get('paired')).toBeNull();
  });

  it('opens one month from the monthly table', async () => {
    renderPage(<QuotaPage />, { user: manager });
    await userEvent.click(await screen.findByRole('button', { name: /^3 月采购/ }));
    const drawer = await screen.findByRole('dialog');
    await waitFor(() => expect(within(drawer).getByTestId('counted-total').textContent).toBe('¥12,500.00'));
    const req = calls.filter((c) => c.path.endsWith('/quota/orders')).at(-1)!;
    expect(req.query.get('month')).toBe('3');
  });

  it('asks for the paired-county orders from the paired figure', async () => {
    renderPage(<QuotaPage />, { user: manager });
    await userEvent.click(await screen.findByRole('button', { name: /^结对县部分 ¥10,000.00/ }));
    await screen.findByRole('dialog');
    await waitFor(() => expect(calls.some((c) => c.path.endsWith('/quota/orders') && c.query.get('paired') === 'true')).toBe(true));
  });
});
