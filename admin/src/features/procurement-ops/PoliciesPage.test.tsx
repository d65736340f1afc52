// @vitest-environment jsdom
import './testing/setup';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callsTo, mockApi } from './testing/fake-api';
import { renderPage } from './testing/render';
import { PoliciesPage } from './PoliciesPage';

const v1 = {
  id: 'p1', lineageId: 'l1', versionNo: 1, current: true, scopeCode: '440300', scopeName: '深圳市', year: 2023, ratio: 0.2, ratioBp: 2000,
  countsUnionWelfare: true, countsStaffPurchases: false, pairedCountiesOnly: false, basis: '深圳市2023年消费帮扶工作方案（公开报道）',
  effective: true, changeReason: null, createdByUserId: null, createdByName: '系统载入', createdAt: '2026-01-01T00:00:00.000Z',
  supersededAt: null, supersededById: null, supersededByName: null,
};
const v2 = { ...v1, id: 'p2', versionNo: 2, ratio: 0.25, ratioBp: 2500, changeReason: '市里下发新比例', createdByUserId: 'op-1', createdByName: '王运营', createdAt: '2026-03-02T02:00:00.000Z' };

beforeEach(() => {
  mockApi({
    'GET /api/auth/me': () => ({}),
    'GET /api/regions/divisions': () => ({ items: [] }),
    'GET /api/quota-policies': () => ({ items: [v1] }),
    'PUT /api/quota-policies/:id': () => v2,
    'GET /api/quota-policies/:id/history': () => ({ items: [v2, { ...v1, current: false, supersededAt: '2026-03-02T02:00:00.000Z', supersededById: 'p2', supersededByName: '王运营' }] }),
  });
});
afterEach(() => cleanup());

describe('份额政策', { timeout: 30_000 }, () => {
  it('lists policies with scope, ratio and what counts', async () => {
    renderPage(<PoliciesPage />);
    expect(await screen.findByText('深圳市', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('市级')).toBeTruthy();
    expect(screen.getByText('20%')).toBeTruthy();
    expect(screen.getByText('v1')).toBeTruthy();
  });

  it('asks for a reason before saving an edit as a new version', async () => {
    renderPage(<PoliciesPage />);
    fireEvent.click(await screen.findByLabelText('修改深圳市2023年政策', {}, { timeout: 5000 }));
    const ratio = await screen.findByLabelText('预留比例（%）');
    fireEvent.change(ratio, { target: { value: '25' } });
    fireEvent.click(screen.getByText('保存为新版本').closest('button')!);
    expect(await screen.findByText('请填写修改原因')).toBeTruthy();
    expect(callsTo('PUT', '/api/quota-policies/:id')).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('修改原因（记入版本历史）'), { target: { value: '市里下发新比例' } });
    fireEvent.click(screen.getByText('保存为新版本').closest('button')!);
    await waitFor(() => expect(callsTo('PUT', '/api/quota-policies/:id')).toHaveLength(1));
    const put = callsTo('PUT', '/api/quota-policies/:id')[0]!;
    expect(put.path).toBe('/api/quota-policies/p1');
    expect(put.body).toMatchObject({ ratioBp: 2500, reason: '市里下发新比例', countsUnionWelfare: true, pairedCountiesOnly: false });
  });

  it('shows every version with who, when, why and the values', async () => {
    renderPage(<PoliciesPage />);
    fireEvent.click(await screen.findByLabelText('深圳市2023年政策的历史', {}, { timeout: 5000 }));
    const latest = await screen.findByLabelText('版本 v2', {}, { timeout: 5000 });
    expect(within(latest).getByText('当前')).toBeTruthy();
    expect(within(latest).getByText(/王运营/)).toBeTruthy();
    expect(within(latest).getByText('原因：市里下发新比例')).toBeTruthy();
    expect(within(latest).getByText('25%')).toBeTruthy();
    const first = screen.getByLabelText('版本 v1');
    expect(within(first).getByText('20%')).toBeTruthy();
    expect(within(first).getByText('原因：首次登记')).toBeTruthy();
    expect(within(first).getByText(/被「王运营」修改取代/)).toBeTruthy();
    expect(callsTo('GET', '/api/quota-policies/:id/history')[0]!.path).toBe('/api/quota-policies/p1/history');
  });
});
