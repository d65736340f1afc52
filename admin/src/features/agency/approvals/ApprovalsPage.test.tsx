// @vitest-environment jsdom
import '../test/setup';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calls, mockApi } from '../test/fakeApi';
import { AGENCY_ID, renderPage } from '../test/render';
import { ApprovalsPage } from './ApprovalsPage';

const approver = { id: 'u4', name: '张慧敏', phone: '13800000004', roles: ['AGENCY_APPROVER'], agencyId: AGENCY_ID, supplierId: null, agency: { id: AGENCY_ID, name: '福田' }, supplier: null };
const ORDER_ID = '22222222-2222-4222-8222-222222222222';
const summary = {
  id: ORDER_ID, orderNo: 'PO202606200001', status: 'PENDING_APPROVAL', statusLabel: '待审批', purpose: 'CANTEEN', agencyId: AGENCY_ID, agencyName: '福田',
  canteenId: 'c1', canteenName: '福田区机关第一食堂', supplierId: 's1', supplierName: '田东芒果合作社', buyerUserId: 'u3', buyerName: '李建国',
  goodsFen: 128_000, confirmedFen: null, acceptedFen: null, refundedFen: 0, deliveryDate: '2026-06-22', approvalRequired: true, confirmDeadline: null,
  invoiceStatus: 'NONE', paymentStatus: 'UNPAID', agreementId: null, standingOrderId: null, createdAt: '2026-06-20T02:00:00Z',
};

beforeEach(() => {
  mockApi({
    'GET /api/procurement/approvals': () => ({ items: [summary], total: 1, page: 1, pageSize: 1 }),
    'POST /api/procurement/orders/:id/reject': () => ({ ...summary, status: 'REJECTED' }),
    'POST /api/procurement/orders/:id/approve': () => ({ ...summary, status: 'PENDING_CONFIRMATION' }),
  });
});
afterEach(cleanup);

describe('ApprovalsPage', () => {
  it('will not reject without a reason, then sends the reason given', async () => {
    renderPage(<ApprovalsPage />, { user: approver });
    await screen.findByText('PO202606200001');
    await userEvent.click(screen.getByRole('button', { name: '驳回' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: '驳回' }));
    expect(await within(dialog).findByText('请填写驳回原因')).toBeTruthy();
    expect(calls.some((c) => c.path.endsWith('/reject'))).toBe(false);

    await userEvent.type(within(dialog).getByLabelText('驳回原因'), '超出本月预算');
    await userEvent.click(within(dialog).getByRole('button', { name: '驳回' }));
    await waitFor(() => expect(calls.find((c) => c.path.endsWith('/reject'))).toBeDefined());
    const sent = calls.find((c) => c.path.endsWith('/reject'))!;
    expect(sent.path).toBe(`/api/procurement/orders/${ORDER_ID}/reject`);
    expect(sent.body).toEqual({ reason: '超出本月预算' });
  });

  it('approves with one click on 通过', async () => {
    renderPage(<ApprovalsPage />, { user: approver });
    await screen.findByText('PO202606200001');
    await userEvent.click(screen.getByRole('button', { name: '通过' }));
    await waitFor(() => expect(calls.find((c) => c.path.endsWith('/approve'))).toBeDefined());
    expect(calls.find((c) => c.path.endsWith('/approve'))!.path).toBe(`/api/procurement/orders/${ORDER_ID}/approve`);
  });
});
