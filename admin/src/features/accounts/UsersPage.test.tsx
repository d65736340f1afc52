// @vitest-environment jsdom
import '../procurement-ops/testing/setup';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callsTo, mockApi } from '../procurement-ops/testing/fake-api';
import { operator, renderPage } from '../procurement-ops/testing/render';
import { UsersPage } from './UsersPage';

const AGENCY = '33333333-3333-4333-8333-333333333333';
const buyer = { id: 'u-3', name: '李建国', phone: '13800000003', roles: ['CANTEEN_BUYER'], agencyId: AGENCY, supplierId: null, status: 'ACTIVE', createdAt: '2026-01-01T00:00:00.000Z' };

beforeEach(() => {
  mockApi({
    'GET /api/auth/me': () => operator,
    'GET /api/admin/agencies': () => ({ items: [{ id: AGENCY, name: '深圳市福田区机关事务管理局', divisionCode: '440304', level: 'DISTRICT', status: 'ACTIVE', creditCode: null, region: null, canteens: [] }], total: 1, page: 1, pageSize: 1000 }),
    'GET /api/admin/suppliers': () => ({ items: [] }),
    'GET /api/admin/users': () => ({ items: [buyer, { ...buyer, id: operator.id, name: operator.name, phone: operator.phone, roles: ['OPERATOR'], agencyId: null }], total: 2, page: 1, pageSize: 20 }),
    'PATCH /api/admin/users/:id/status': (c) => ({ ...buyer, status: (c.body as { status: string }).status }),
  });
});
afterEach(() => cleanup());

describe('用户', { timeout: 30_000 }, () => {
  it('asks for a reason before disabling an account, and sends it', async () => {
    renderPage(<UsersPage />);
    expect(await screen.findByText('深圳市福田区机关事务管理局', {}, { timeout: 5000 })).toBeTruthy();
    // Nobody may disable their own account: no button on the operator's own row.
    await waitFor(() => expect(screen.queryByLabelText(`停用${operator.name}`)).toBeNull());
    fireEvent.click(screen.getByLabelText('停用李建国'));
    const reason = await screen.findByLabelText('停用原因（记入操作日志）');
    const ok = () => screen.getAllByText('停用', { selector: 'button span, button' }).map((e) => e.closest('button')!).find((b) => b.closest('.ant-modal'))!;
    fireEvent.click(ok());
    expect(await screen.findByText('请填写停用原因')).toBeTruthy();
    expect(callsTo('PATCH', '/api/admin/users/:id/status')).toHaveLength(0);

    fireEvent.change(reason, { target: { value: '人员离职' } });
    fireEvent.click(ok());
    await waitFor(() => expect(callsTo('PATCH', '/api/admin/users/:id/status')).toHaveLength(1));
    const patch = callsTo('PATCH', '/api/admin/users/:id/status')[0]!;
    expect(patch.path).toBe('/api/admin/users/u-3/status');
    expect(patch.body).toEqual({ status: 'DISABLED', reason: '人员离职' });
  });

  it('pages and filters on the server', async () => {
    renderPage(<UsersPage />);
    await screen.findByText('李建国', {}, { timeout: 5000 });
    expect(callsTo('GET', '/api/admin/users')[0]!.query.toString()).toBe('page=1&pageSize=20');
    const search = screen.getByPlaceholderText('姓名或手机号');
    fireEvent.change(search, { target: { value: '李' } });
    fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(callsTo('GET', '/api/admin/users').some((c) => c.query.get('q') === '李' && c.query.get('page') === '1')).toBe(true));
  });
});
