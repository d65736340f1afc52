// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { calls, mockApi } from '../reports/testing/fakeApi';
import { renderAt } from '../reports/testing/render';
import { auditQuery } from './api';
import { AuditPage } from './AuditPage';
import { fieldChanges, showValue } from './diff';

vi.mock('../../lib/api', async () => (await import('../reports/testing/fakeApi')).fakeLibApi());
vi.setConfig({ testTimeout: 60_000 });

const entry = {
  id: 'a1',
  at: '2026-03-05T02:30:00.000Z',
  actorUserId: 'u-op',
  actorName: '王运营',
  action: 'sku.price',
  actionLabel: '规格价格变更',
  subjectType: 'sku',
  subjectId: 'sku-1',
  summary: '百色芒果 5斤装 价格 59.90 → 49.90',
  before: { priceFen: 5990, name: '5斤装' },
  after: { priceFen: 4990, name: '5斤装' },
  agencyId: null,
  supplierId: 's1',
};
const routes = {
  'GET /api/admin/audit/actions': () => ({ items: [{ code: 'sku.price', label: '规格价格变更' }, { code: 'pairing.end', label: '终止结对关系' }] }),
  'GET /api/admin/audit': () => ({ items: [entry], total: 41, page: 1, pageSize: 20 }),
};
const searches = () => calls.filter((c) => c.path === '/api/admin/audit');

afterEach(cleanup);

describe('audit query', () => {
  it('sends only the filters that are set, trimmed, with paging for the list and without for the export', () => {
    expect(auditQuery({ from: '2026-03-01', to: '2026-03-31', actor: ' 王运营 ', action: 'sku.price', subjectType: undefined, q: '' }, 2)).toEqual({
      from: '2026-03-01', to: '2026-03-31', actor: '王运营', action: 'sku.price', page: 2, pageSize: 20,
    });
    expect(auditQuery({ q: '芒果' })).toEqual({ q: '芒果' });
  });

  it('puts changed fields first and marks them', () => {
    const rows = fieldChanges({ a: 1, same: 'x', gone: true }, { a: 2, same: 'x', added: [1] });
    expect(rows.map((r) => [r.field, r.changed])).toEqual([['a', true], ['gone', true], ['added', true], ['same', false]]);
    expect(showValue(undefined)).toBe('—');
    expect(showValue(null)).toBe('空');
    expect(showValue({ k: 1 })).toBe('{"k":1}');
  });
});

describe('操作日志', () => {
  it('searches with the filters from the form and pages through the log', async () => {
    mockApi(routes);
    renderAt('/audit', '/audit', <AuditPage />);
    expect(await screen.findByText('百色芒果 5斤装 价格 59.90 → 49.90')).toBeTruthy();
    expect(searches()[0].query.toString()).toBe('page=1&pageSize=20');

    fireEvent.change(screen.getByLabelText('操作人'), { target: { value: '王运营' } });
    fireEvent.change(screen.getByLabelText('关键词'), { target: { value: '芒果' } });
    fireEvent.mouseDown(screen.getByLabelText('操作类型'));
    fireEvent.click(await screen.findByText('终止结对关系'));
    fireEvent.click(screen.getByRole('button', { name: '查询' }));

    await waitFor(() => expect(searches()).toHaveLength(2));
    const q = searches()[1].query;
    expect(Object.fromEntries(q)).toEqual({ actor: '王运营', action: 'pairing.end', q: '芒果', page: '1', pageSize: '20' });

    fireEvent.click(screen.getByTitle('3'));
    await waitFor(() => expect(searches()[2]?.query.get('page')).toBe('3'));
    expect(searches()[2].query.get('action')).toBe('pairing.end');
  });

  it('shows before and after side by side for an expanded line', async () => {
    mockApi(routes);
    renderAt('/audit', '/audit', <AuditPage />);
    await screen.findByText('百色芒果 5斤装 价格 59.90 → 49.90');
    fireEvent.click(screen.getByRole('button', { name: /展开行/ }));
    const diff = (await screen.findByText('priceFen')).closest('table') as HTMLElement;
    const row = within(diff).getByText('priceFen').closest('tr') as HTMLElement;
    expect(within(row).getByText('5990')).toBeTruthy();
    expect(within(row).getByText('4990')).toBeTruthy();
    expect(within(row).getByLabelText('已变更')).toBeTruthy();
    expect(within(within(diff).getByText('name').closest('tr') as HTMLElement).queryByLabelText('已变更')).toBeNull();
  });

  it('exports with the applied filters', async () => {
    mockApi({ ...routes, 'GET /api/admin/audit/export.xlsx': () => new Response(new Blob(['PK'])) });
    Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderAt('/audit', '/audit', <AuditPage />);
    await screen.findByText('百色芒果 5斤装 价格 59.90 → 49.90');
    fireEvent.change(screen.getByLabelText('关键词'), { target: { value: '芒果' } });
    fireEvent.click(screen.getByRole('button', { name: '查询' }));
    await waitFor(() => expect(searches()).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: '导出Excel（操作日志）' }));
    await waitFor(() => expect(calls.some((c) => c.path === '/api/admin/audit/export.xlsx')).toBe(true));
    expect(calls.find((c) => c.path === '/api/admin/audit/export.xlsx')!.query.toString()).toBe(`q=${encodeURIComponent('芒果')}`);
  });
});
