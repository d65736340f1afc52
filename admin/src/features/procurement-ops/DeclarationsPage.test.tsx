// @vitest-environment jsdom
import './testing/setup';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callsTo, mockApi } from './testing/fake-api';
import { renderPage } from './testing/render';
import { DeclarationsPage } from './DeclarationsPage';

const A1 = '11111111-1111-4111-8111-111111111111';
const A2 = '22222222-2222-4222-8222-222222222222';

beforeEach(() => {
  mockApi({
    'GET /api/auth/me': () => ({}),
    'GET /api/regions/divisions': () => ({ items: [] }),
    'GET /api/admin/declarations/missing': (c) => ({
      year: Number(c.query.get('year')), total: 2, page: 1, pageSize: 50,
      items: [
        { agencyId: A1, agencyName: '深圳市南山区教育局', divisionCode: '440305', level: 'DISTRICT', reminderCount: 0, lastRemindedAt: null },
        { agencyId: A2, agencyName: '深圳市罗湖区卫生健康局', divisionCode: '440303', level: 'DISTRICT', reminderCount: 2, lastRemindedAt: '2026-05-01T02:00:00.000Z' },
      ],
    }),
    'POST /api/admin/declarations/reminders': (c) => ({
      sent: 1,
      items: (c.body as { agencyIds: string[] }).agencyIds.map((agencyId) => ({ agencyId, result: 'SENT', reminderId: 'r-' + agencyId })),
    }),
  });
});
afterEach(() => cleanup());

describe('填报情况', { timeout: 30_000 }, () => {
  it('lists who has not filed and reminds only the selected agencies', async () => {
    renderPage(<DeclarationsPage />);
    const name = await screen.findByText('深圳市南山区教育局', {}, { timeout: 5000 });
    expect(screen.getByText('2 次')).toBeTruthy();
    const send = screen.getByText('发送提醒').closest('button')!;
    expect(send.disabled).toBe(true);

    // Select the first agency's row.
    const row = name.closest('tr')!;
    fireEvent.click(within(row).getByRole('checkbox'));
    await waitFor(() => expect(send.disabled).toBe(false));
    fireEvent.click(send);
    fireEvent.click((await screen.findByText('发送', { selector: 'button span, button' })).closest('button')!);

    await waitFor(() => expect(callsTo('POST', '/api/admin/declarations/reminders')).toHaveLength(1));
    const post = callsTo('POST', '/api/admin/declarations/reminders')[0]!;
    expect(post.body).toEqual({ year: Number(callsTo('GET', '/api/admin/declarations/missing')[0]!.query.get('year')), agencyIds: [A1] });

    const results = await screen.findByLabelText('提醒结果');
    expect(within(results).getByText(/深圳市南山区教育局/)).toBeTruthy();
    expect(within(results).getByText('已发送')).toBeTruthy();
    expect(within(results).queryByText(/罗湖区/)).toBeNull();
  });
});
