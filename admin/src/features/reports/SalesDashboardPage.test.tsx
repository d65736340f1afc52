// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calls, mockApi, xlsx } from './testing/fakeApi';
import { dashboardRoutes } from './testing/fixtures';
import { renderAt } from './testing/render';
import { SalesDashboardPage } from './SalesDashboardPage';

vi.mock('../../lib/api', async () => (await import('./testing/fakeApi')).fakeLibApi());
vi.mock('echarts-for-react/esm/core', () => import('./testing/echartsMock'));

vi.setConfig({ testTimeout: 60_000 });

const URL_2026 = '/reports/dashboard?from=2026-01-01&to=2026-12-31';
/** A panel by its heading (a role query over the whole page is slow in jsdom). */
const panel = (name: string) => screen.getByText(name, { selector: 'h2' }).closest('section') as HTMLElement;

describe('数据看板', () => {
  beforeEach(() => mockApi({ ...dashboardRoutes }));
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('puts a table with the figures and a 合计 row beneath each chart', async () => {
    renderAt(URL_2026, '/reports/dashboard', <SalesDashboardPage />);

    const month = panel('按月销售');
    expect(await within(month).findByText('2026-03')).toBeTruthy();
    expect(within(month).getByText('¥1,234.50')).toBeTruthy();
    expect(within(month).getByText('¥5,234.50')).toBeTruthy(); // the total row
    expect(within(month).getByText('合计')).toBeTruthy();
    expect(within(month).getByRole('img', { name: /按月销售/ })).toBeTruthy();

    const county = panel('按受援县销售');
    expect(await within(county).findByRole('link', { name: '巴马瑶族自治县' })).toBeTruthy();
    expect(within(county).getByText('河池市')).toBeTruthy();

    const helper = panel('按帮扶方销售');
    expect(await within(helper).findByRole('link', { name: '深圳市福田区' })).toBeTruthy();
    // Sales without a pairing on the day are shown, but lead nowhere.
    expect(within(helper).getByText('未结对').closest('a')).toBeNull();

    const buyers = panel('按购买方类型');
    expect(await within(buyers).findByText('单位食堂')).toBeTruthy();
    expect(within(buyers).getByText('¥100.00')).toBeTruthy();

    expect(await within(panel('畅销商品')).findByText('百色芒果 5斤装')).toBeTruthy();
    expect(await within(panel('季节销售')).findByText('2026-07')).toBeTruthy();

    // Every report was asked for the period in the URL.
    for (const path of ['by-month', 'by-county', 'by-helper', 'by-buyer-type', 'top-products']) {
      const call = calls.find((c) => c.path === `/api/admin/reports/sales/${path}`)!;
      expect(call.query.get('from')).toBe('2026-01-01');
      expect(call.query.get('to')).toBe('2026-12-31');
    }
    expect(calls.find((c) => c.path.endsWith('/seasonal'))!.query.get('year')).toBe('2026');
  });

  it('drills down from a county row to its results', async () => {
    renderAt(URL_2026, '/reports/dashboard', <SalesDashboardPage />);
    fireEvent.click(await within(panel('按受援县销售')).findByRole('link', { name: '田阳区' }));
    expect((await screen.findByTestId('location')).textContent).toBe('/reports/results?groupBy=county&year=2026&county=451003');
  });

  it('drills down from a bar of the county chart', async () => {
    renderAt(URL_2026, '/reports/dashboard', <SalesDashboardPage />);
    fireEvent.click(await within(panel('按受援县销售')).findByRole('button', { name: '图表条形：巴马瑶族自治县' }));
    expect((await screen.findByTestId('location')).textContent).toBe('/reports/results?groupBy=county&year=2026&county=451227');
  });

  it('exports a table for the chosen period with the bearer token', async () => {
    mockApi({ ...dashboardRoutes, 'GET /api/admin/reports/sales/by-county/export.xlsx': () => xlsx('按县销售_2026-01-01_2026-12-31.xlsx') });
    const created = vi.fn((_: Blob) => 'blob:report');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    renderAt(URL_2026, '/reports/dashboard', <SalesDashboardPage />);

    fireEvent.click(await screen.findByRole('button', { name: '导出Excel（按受援县销售）' }));

    await waitFor(() => expect(saved).toEqual(['按县销售_2026-01-01_2026-12-31.xlsx']));
    const call = calls.find((c) => c.path === '/api/admin/reports/sales/by-county/export.xlsx')!;
    expect(call.query.get('from')).toBe('2026-01-01');
    expect(call.query.get('to')).toBe('2026-12-31');
    expect(call.headers.get('Authorization')).toBe('Bearer test-token');
    expect(created).toHaveBeenCalledTimes(1);
  });

  it('asks the region report for provinces when switched', async () => {
    renderAt(URL_2026, '/reports/dashboard', <SalesDashboardPage />);
    await within(panel('按地区销售')).findByText('百色市');
    fireEvent.click(within(panel('按地区销售')).getByText('按省'));
    await waitFor(() => expect(calls.some((c) => c.path.endsWith('/by-region') && c.query.get('level') === 'PROVINCE')).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: '导出Excel（按地区销售）' }));
    await waitFor(() => expect(calls.find((c) => c.path.endsWith('/by-region/export.xlsx'))?.query.get('level')).toBe('PROVINCE'));
  });
});
