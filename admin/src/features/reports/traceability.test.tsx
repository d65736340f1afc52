// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BaseTracePage } from './BaseTracePage';
import { ExpiringPage, expiryTag } from './ExpiringPage';
import { calls, mockApi } from './testing/fakeApi';
import { renderAt } from './testing/render';
import { TraceabilityPage } from './TraceabilityPage';

vi.mock('../../lib/api', async () => (await import('./testing/fakeApi')).fakeLibApi());
vi.setConfig({ testTimeout: 60_000 });

const BASE_ID = '0b6c2a52-6f7e-4c1c-9f59-2f4d1f0c1a11';
const row = {
  baseId: BASE_ID,
  baseName: '祥周镇芒果基地',
  status: 'VERIFIED',
  supplierId: 's1',
  supplierName: '田东县祥周镇芒果种植专业合作社',
  countyCode: '451022',
  countyName: '田东县',
  productCount: 2,
  batchCount: 2,
  soldUnits: 40,
  tracedUnits: 30,
  coverage: 0.75,
  lastInspectedOn: '2026-07-02',
  lastInspectionPassed: false,
  failedInspections: 1,
};
const step = (bizStep: string, label: string, at: string | null) => ({ bizStep, label, at });
const detail = {
  ...row,
  from: '2026-01-01',
  to: '2026-12-31',
  batches: [
    {
      batchId: 'b1', batchNo: 'TD-2026-001', traceCode: 'BF26TD0001', productId: 'p1', productName: '百色芒果 5斤装', harvestDate: '2026-06-10', quantity: 500, unit: '箱',
      journey: [step('harvesting', '采收', '2026-06-10T01:00:00Z'), step('inspecting', '检测', '2026-06-11T02:00:00Z'), step('packing', '包装', '2026-06-12T02:00:00Z'), step('shipping', '发货', '2026-06-13T02:00:00Z')],
      complete: true, inspection: { lab: '百色市农产品质量检测中心', testedOn: '2026-06-11', passed: true, failedItems: [] }, soldUnits: 30,
    },
    {
      batchId: 'b2', batchNo: 'TD-2026-002', traceCode: 'BF26TD0002', productId: 'p1', productName: '百色芒果 5斤装', harvestDate: '2026-07-01', quantity: 300, unit: '箱',
      journey: [step('harvesting', '采收', '2026-07-01T01:00:00Z'), step('inspecting', '检测', '2026-07-02T01:00:00Z'), step('packing', '包装', null), step('shipping', '发货', null)],
      complete: false, inspection: { lab: '百色市农产品质量检测中心', testedOn: '2026-07-02', passed: false, failedItems: ['吡虫啉残留'] }, soldUnits: 10,
    },
  ],
};

afterEach(cleanup);

describe('追溯覆盖', () => {
  it('lists bases with coverage and links each to its batches', async () => {
    mockApi({ 'GET /api/admin/reports/traceability/bases': () => ({ from: '2026-01-01', to: '2026-12-31', items: [row], soldUnits: 40, tracedUnits: 30, coverage: 0.75 }) });
    renderAt('/reports/traceability?from=2026-01-01&to=2026-12-31', '/reports/traceability', <TraceabilityPage />);
    const link = await screen.findByRole('link', { name: '祥周镇芒果基地' });
    expect(screen.getAllByText('75.0%').length).toBeGreaterThan(0);
    fireEvent.click(link);
    expect((await screen.findByTestId('location')).textContent).toBe(`/reports/traceability/bases/${BASE_ID}?from=2026-01-01&to=2026-12-31`);
  });

  it('shows each batch journey step by step, with failures and the public trace link', async () => {
    mockApi({ 'GET /api/admin/reports/traceability/bases/:id': () => detail });
    renderAt(`/reports/traceability/bases/${BASE_ID}?from=2026-01-01&to=2026-12-31`, '/reports/traceability/bases/:baseId', <BaseTracePage />);

    // The first table is the batches'; the inspections table repeats batch numbers.
    const batches = (await screen.findAllByText('TD-2026-002'))[0].closest('table') as HTMLElement;
    const complete = within(batches).getByText('TD-2026-001').closest('tr') as HTMLElement;
    const broken = within(batches).getByText('TD-2026-002').closest('tr') as HTMLElement;
    expect(within(complete).getAllByText('✓')).toHaveLength(4);
    expect(within(complete).getByRole('img', { name: '发货：已记录 2026-06-13' })).toBeTruthy();
    expect(within(broken).getByRole('img', { name: '检测：已记录 2026-07-02' })).toBeTruthy();
    expect(within(broken).getByRole('img', { name: '包装：缺失' })).toBeTruthy();
    expect(within(broken).getByRole('img', { name: '发货：缺失' })).toBeTruthy();
    expect(within(broken).getByText('不完整')).toBeTruthy();
    expect(within(complete).getByRole('link', { name: 'BF26TD0001' }).getAttribute('href')).toBe('/t/BF26TD0001');
    expect(screen.getByText('1 个批次检测不合格')).toBeTruthy();
    expect(screen.getByText(/TD-2026-002（2026-07-02）：吡虫啉残留/)).toBeTruthy();

    const call = calls.find((c) => c.path === `/api/admin/reports/traceability/bases/${BASE_ID}`)!;
    expect(call.query.get('from')).toBe('2026-01-01');
  });
});

describe('证书到期预警', () => {
  it('grades warnings by days left', () => {
    expect(expiryTag(0)).toEqual({ color: 'red', text: '今天到期' });
    expect(expiryTag(5).color).toBe('red');
    expect(expiryTag(20).color).toBe('orange');
    expect(expiryTag(75).color).toBe('gold');
  });

  it('switches between 30, 60 and 90 days', async () => {
    mockApi({
      'GET /api/admin/reports/traceability/expiring': (c) => ({
        days: Number(c.query.get('days')),
        today: '2026-05-01',
        items:
          c.query.get('days') === '60'
            ? [{ subject: 'PRODUCT', subjectId: 'p1', subjectName: '巴马火麻油', supplierId: 's2', supplierName: '巴马长寿源', type: 'ASSISTANCE', typeLabel: '消费帮扶产品认定', number: 'GXBF-2025-0042', validTo: '2026-06-15', daysLeft: 45 }]
            : [],
      }),
    });
    renderAt('/reports/expiring', '/reports/expiring', <ExpiringPage />);
    expect(await screen.findByText('截至 2026-05-01，30 天内没有到期的证书')).toBeTruthy();
    fireEvent.click(screen.getByText('60天内'));
    expect(await screen.findByText('GXBF-2025-0042')).toBeTruthy();
    expect(screen.getByText('45 天后到期')).toBeTruthy();
    await waitFor(() => expect(calls.map((c) => c.query.get('days'))).toEqual(['30', '60']));
  });
});
