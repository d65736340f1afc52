// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { overlapsYear, ResultsPage } from './ResultsPage';
import { calls, mockApi } from './testing/fakeApi';
import { renderAt } from './testing/render';

vi.mock('../../lib/api', async () => (await import('./testing/fakeApi')).fakeLibApi());
vi.setConfig({ testTimeout: 60_000 });

const r = (key: string | null, name: string, parent: string | null, salesFen: number, households: number) => ({
  key, name, parent, salesFen, orderCount: 3, buyingUnits: 2, agencyUnits: 1, linkedHouseholds: households, supplierCount: 1, couponFen: 5000, subsidyFen: 0,
});
const countyView = {
  year: 2026,
  groupBy: 'county',
  items: [r('451003', '田阳区', '百色市', 400000, 120), r('451227', '巴马瑶族自治县', '河池市', 123450, 80)],
  total: { ...r(null, '合计', null, 523450, 200), orderCount: 6, buyingUnits: 3 },
};
const pairing = (id: string, validFrom: string, validTo: string | null) => ({
  id, helperUnit: { id: `h-${id}`, name: id === 'p1' ? '深圳市光明区' : '深圳市罗湖区', city: '深圳市', kind: 'DISTRICT' }, county: { code: '451003', name: '田阳区' }, role: 'LEAD',
  validFrom, validTo, source: { id: 'src', title: '深圳市东西部扶贫协作结对方案', docNo: null }, note: null, endedReason: null, endedAt: null,
});

afterEach(cleanup);

describe('帮扶成效', () => {
  it('knows which pairings were in force during a year', () => {
    expect(overlapsYear({ validFrom: '2021-01-01', validTo: null }, 2026)).toBe(true);
    expect(overlapsYear({ validFrom: '2017-01-01', validTo: '2020-12-31' }, 2026)).toBe(false);
    expect(overlapsYear({ validFrom: '2026-12-31', validTo: null }, 2026)).toBe(true);
    expect(overlapsYear({ validFrom: '2027-01-01', validTo: null }, 2026)).toBe(false);
  });

  it('shows a county drill-down with totals and the helper units of that year', async () => {
    mockApi({
      'GET /api/admin/reports/results': () => countyView,
      'GET /api/regions/pairings': () => ({ items: [pairing('p1', '2021-06-01', null), pairing('p2', '2017-01-01', '2020-12-31')] }),
    });
    renderAt('/reports/results?groupBy=county&year=2026&county=451003', '/reports/results', <ResultsPage />);

    expect(await screen.findByText('巴马瑶族自治县')).toBeTruthy();
    const totals = screen.getByText('合计').closest('tr') as HTMLElement;
    expect(within(totals).getByText('¥5,234.50')).toBeTruthy();
    expect(within(totals).getByText('200')).toBeTruthy();

    const focus = (await screen.findByText('田阳区：2026 年结对帮扶方')).closest('section') as HTMLElement;
    expect(await within(focus).findByText('深圳市光明区')).toBeTruthy();
    // The pairing that ended in 2020 is not one of 2026's helpers.
    expect(within(focus).queryByText('深圳市罗湖区')).toBeNull();
    expect(within(focus).getByText('¥4,000.00')).toBeTruthy();

    const results = calls.find((c) => c.path === '/api/admin/reports/results')!;
    expect(results.query.get('groupBy')).toBe('county');
    expect(results.query.get('year')).toBe('2026');
    expect(calls.find((c) => c.path === '/api/regions/pairings')!.query.get('countyCode')).toBe('451003');
  });

  it('exports the report it shows', async () => {
    mockApi({ 'GET /api/admin/reports/results': () => countyView, 'GET /api/admin/reports/results/export.xlsx': () => new Response(new Blob(['PK'])) });
    Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderAt('/reports/results?groupBy=county&year=2025', '/reports/results', <ResultsPage />);
    fireEvent.click(await screen.findByRole('button', { name: '导出Excel（帮扶成效）' }));
    await waitFor(() => expect(calls.some((c) => c.path.endsWith('/results/export.xlsx'))).toBe(true));
    const call = calls.find((c) => c.path.endsWith('/results/export.xlsx'))!;
    expect([call.query.get('year'), call.query.get('groupBy')]).toEqual(['2025', 'county']);
  });
});
