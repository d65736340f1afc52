// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calls, mockApi } from '../../test/api';
import { renderAt, resetApp, signIn } from '../../test/render';
import { OrdersListPage } from './OrdersListPage';
import { buyer, order } from './testData';

const summary = (id: string, status: string, createdAt: string) => ({ ...order(status), status, id, orderNo: `PO-${id}`, createdAt });
const all = [
  summary('a', 'SHIPPED', '2026-06-10T00:00:00Z'),
  summary('b', 'COMPLETED', '2026-06-11T00:00:00Z'),
  summary('c', 'CANCELLED', '2026-06-12T00:00:00Z'),
  summary('d', 'REJECTED', '2026-06-13T00:00:00Z'),
];

describe('procurement order list', () => {
  beforeEach(() => {
    resetApp();
    signIn();
    mockApi({
      'GET /api/auth/me': () => buyer,
      'GET /api/procurement/orders': (c) => {
        const s = c.query.get('status');
        const items = all.filter((o) => !s || o.status === s);
        return { items, total: items.length, page: 1, pageSize: 20 };
      },
    });
  });
  afterEach(cleanup);

  const shown = () => within(screen.getByRole('list', { name: '采购单列表' })).getAllByRole('link').map((a) => a.getAttribute('href'));

  it('filters by status tab, the 已取消/驳回 tab covering both closed statuses', async () => {
    renderAt('/procurement/orders', '/procurement/orders', <OrdersListPage />);
    await screen.findByRole('list', { name: '采购单列表' });
    expect(shown()).toHaveLength(4);

    fireEvent.click(screen.getByRole('link', { name: '待验收' }));
    await waitFor(() => expect(shown()).toEqual(['/procurement/orders/a']));
    expect(calls.some((c) => c.path === '/api/procurement/orders' && c.query.get('status') === 'SHIPPED')).toBe(true);
    expect(screen.getByRole('link', { name: '待验收' }).getAttribute('aria-current')).toBe('page');

    fireEvent.click(screen.getByRole('link', { name: '已取消/驳回' }));
    await waitFor(() => expect(shown()).toEqual(['/procurement/orders/d', '/procurement/orders/c']));

    fireEvent.click(screen.getByRole('link', { name: '待付款/验票' }));
    expect(await screen.findByText('暂无采购单')).toBeTruthy();
    expect(calls.some((c) => c.query.get('status') === 'ACCEPTED')).toBe(true);
  });
});
