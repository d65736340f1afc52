// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { calls, mockApi } from '../reports/testing/fakeApi';
import { renderAt } from '../reports/testing/render';
import { PairingCompareTab } from './PairingCompareTab';
import { PairingMapTab } from './PairingMapTab';

vi.mock('../../lib/api', async () => (await import('../reports/testing/fakeApi')).fakeLibApi());
vi.mock('echarts-for-react/esm/core', () => import('../reports/testing/echartsMock'));
vi.setConfig({ testTimeout: 60_000 });

const luohu = { id: 'h-luohu', name: '深圳市罗湖区', city: '深圳市', kind: 'DISTRICT' };
const county = (code: string, name: string, prefecture: string) => ({
  pairingId: `p-${code}`, code, name, fullName: `广西壮族自治区${prefecture}${name}`, level: 'COUNTY', prefecture: { code: code.slice(0, 4) + '00', name: prefecture },
  province: { code: '450000', name: '广西壮族自治区' }, role: 'LEAD', validFrom: '2017-01-01', validTo: null, sourceId: 's1',
});
const map = (date: string, n: number) => ({ date, city: '深圳市', helperUnitCount: 1, countyCount: n, helperUnits: [] });

afterEach(cleanup);

describe('结对对比', () => {
  it('lists per helper unit the counties only on day A, only on day B and on both', async () => {
    mockApi({
      'GET /api/regions/pairings/compare': () => ({
        a: map('2018-06-01', 2),
        b: map('2022-06-01', 2),
        helperUnits: [{ helperUnit: luohu, onlyA: [county('451027', '凌云县', '百色市')], onlyB: [county('522701', '都匀市', '黔南州')], both: [county('451026', '那坡县', '百色市')] }],
      }),
    });
    renderAt('/pairings?tab=compare', '/pairings', <PairingCompareTab />);
    const row = (await screen.findByText('深圳市罗湖区')).closest('tr') as HTMLElement;
    const cells = within(row).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual(['深圳市罗湖区', '凌云县（百色市）', '那坡县（百色市）', '都匀市（黔南州）']);
    expect(screen.getByText('仅A日（2018-06-01）', { selector: 'th' })).toBeTruthy();
    expect(screen.getByText('仅B日（2022-06-01）', { selector: 'th' })).toBeTruthy();
    const q = calls.find((c) => c.path === '/api/regions/pairings/compare')!.query;
    expect([q.get('a'), q.get('b'), q.get('city')]).toEqual(['2018-06-01', '2022-06-01', '深圳市']);
  });
});

describe('结对地图', () => {
  it('shows helper units and their counties on the day, for Shenzhen by default', async () => {
    mockApi({
      'GET /api/regions/pairings/map': (c) => ({
        ...map(c.query.get('date')!, 2),
        helperUnits: [{ helperUnit: luohu, counties: [county('451026', '那坡县', '百色市'), { ...county('522701', '都匀市', '黔南州'), role: 'ASSIST' }] }],
      }),
    });
    renderAt('/pairings?tab=map', '/pairings', <PairingMapTab />);
    const row = (await screen.findByText('深圳市罗湖区')).closest('tr') as HTMLElement;
    expect(within(row).getByText('那坡县（百色市）')).toBeTruthy();
    expect(within(row).getByText('都匀市（黔南州） · 协助')).toBeTruthy();
    expect(screen.getByTestId('echart')).toBeTruthy();
    await waitFor(() => expect(calls[0].query.get('city')).toBe('深圳市'));
    expect(calls[0].query.get('date')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
