import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { DataSource } from 'typeorm';
import { DEMO, startTestApp, TestApp } from '../../testing/test-app';
import { PaidEvent } from '../payment-recorder';
import { Payment, PaymentStatus } from '../payment.entity';
import { PaymentsService } from '../payments.service';
import { SANDBOX_KEYS } from '../alipay-settings';
import { SandboxKeys } from './sandbox-keys';
import { SandboxTrades } from './sandbox-trades';
import { rsa2Verify, signContent } from './signing';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/**
 * The embedded default end to end over HTTP: the real alipay-sdk builds the cashier address, the
 * sandbox gateway (mounted in this backend) verifies it and shows its cashier, "pays", posts a signed
 * notification back to the app's notify endpoint, and answers trade query and refund.
 */
describe('local Alipay sandbox', () => {
  let t: TestApp;
  let payments: PaymentsService;
  let ds: DataSource;
  let base: string;
  const paid: PaidEvent[] = [];

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    t = await startTestApp({ PUBLIC_BASE_URL: base });
    await t.app.listen(port, '127.0.0.1');
    payments = t.app.get(PaymentsService);
    ds = t.app.get(DataSource);
    payments.onPaid(async (p) => void paid.push(p));
  });
  afterAll(() => t.close());

  const start = (amountFen = 2500) => payments.start({ orderId: randomUUID(), orderNo: `BF${Date.now()}`, amountFen, subject: '巴马火麻油 500ml', device: 'wap' });
  const path = (url: string) => url.slice(base.length);
  const row = (outTradeNo: string) => ds.getRepository(Payment).findOneByOrFail({ outTradeNo });

  it('lets a person pay at the cashier; the notification arrives and the order side is told', async () => {
    const { payUrl, outTradeNo } = await start();
    expect(payUrl.startsWith(`${base}/api/sandbox/alipay/gateway.do?`)).toBe(true);
    const cashier = await t.http().get(path(payUrl)).expect(200);
    expect(cashier.text).toContain('确认付款');
    expect(cashier.text).toContain('取消');
    expect(cashier.text).toContain('¥ 25.00');
    const action = /action="([^"]+)\/pay"/.exec(cashier.text)![1];

    paid.length = 0;
    const done = await t.http().post(`${action}/pay`).expect(303);
    const back = new URL(done.headers.location);
    expect(back.pathname).toMatch(/^\/orders\//);
    const params = Object.fromEntries(back.searchParams);
    expect(params).toMatchObject({ out_trade_no: outTradeNo, total_amount: '25.00', method: 'alipay.trade.wap.pay.return' });
    const keys = t.app.get<SandboxKeys>(SANDBOX_KEYS);
    expect(rsa2Verify(signContent(params, ['sign', 'sign_type']), params.sign, keys.alipayPublicKey)).toBe(true);

    const p = await row(outTradeNo);
    expect(p).toMatchObject({ status: PaymentStatus.PAID, confirmedBy: 'NOTIFY', amountFen: 2500 });
    expect(paid).toEqual([expect.objectContaining({ orderId: p.orderId, outTradeNo, amountFen: 2500, tradeNo: p.tradeNo })]);
    // Pressing pay again neither pays twice nor tells the order side again.
    await t.http().post(`${action}/pay`).expect(303);
    expect(paid).toHaveLength(1);
    // Leaving the cashier of another attempt changes nothing.
    const other = await start();
    const page = await t.http().get(path(other.payUrl)).expect(200);
    const cancel = /action="([^"]+)\/cancel"/.exec(page.text)![1];
    expect((await t.http().post(`${cancel}/cancel`).expect(200)).text).toContain('已取消付款');
    expect((await row(other.outTradeNo)).status).toBe(PaymentStatus.PENDING);
  });

  it('refuses a cashier address whose signed content was changed', async () => {
    const { payUrl } = await start(9900);
    const tampered = payUrl.replace(encodeURIComponent('"total_amount":"99.00"'), encodeURIComponent('"total_amount":"0.01"'));
    expect(tampered).not.toBe(payUrl);
    const res = await t.http().get(path(tampered)).expect(400);
    expect(res.text).toContain('签名验证失败');
  });

  it('reconciles an attempt whose notification never came, through alipay.trade.query', async () => {
    const op = await t.login(DEMO.operator);
    const never = await start();
    const lost = await start();
    await t.http().get(path(lost.payUrl)).expect(200);
    const trade = t.app.get(SandboxTrades).find(lost.outTradeNo)!;
    trade.status = 'TRADE_SUCCESS'; // paid at Alipay, but the notification was lost
    trade.paidAt = new Date();
    paid.length = 0;

    const lostRow = await row(lost.outTradeNo);
    const res = await t.http().post(`/api/admin/payments/${lostRow.id}/reconcile`).set('Authorization', op).expect(200);
    expect(res.body).toMatchObject({ before: 'PENDING', after: 'PAID', tradeStatus: 'TRADE_SUCCESS' });
    expect(await row(lost.outTradeNo)).toMatchObject({ status: PaymentStatus.PAID, confirmedBy: 'QUERY', tradeNo: trade.tradeNo });
    expect(paid).toEqual([expect.objectContaining({ outTradeNo: lost.outTradeNo })]);

    const neverRow = await row(never.outTradeNo);
    const res2 = await t.http().post(`/api/admin/payments/${neverRow.id}/reconcile`).set('Authorization', op).expect(200);
    expect(res2.body).toMatchObject({ before: 'PENDING', after: 'PENDING', tradeStatus: null });
    // A citizen may not.
    await t.http().post(`/api/admin/payments/${neverRow.id}/reconcile`).set('Authorization', await t.login(DEMO.citizen)).expect(403);
    const list = await t.http().get(`/api/admin/payments?orderId=${lostRow.orderId}`).set('Authorization', op).expect(200);
    expect(list.body.items).toEqual([expect.objectContaining({ outTradeNo: lost.outTradeNo, status: 'PAID', accepted: true, handled: true })]);
  });

  it('refunds through alipay.trade.refund, idempotently by refund number, never beyond what was paid', async () => {
    const { payUrl, outTradeNo } = await start(5000);
    const cashier = await t.http().get(path(payUrl)).expect(200);
    await t.http().post(`${/action="([^"]+)\/pay"/.exec(cashier.text)![1]}/pay`).expect(303);
    const p = await row(outTradeNo);
    const input = { orderId: p.orderId, outTradeNo, refundNo: `RF${Date.now()}`, amountFen: 2000, reason: '买家申请退款：少发一瓶' };
    expect(await payments.refund(input)).toEqual({ status: 'SUCCEEDED' });
    expect(await payments.refund(input)).toEqual({ status: 'SUCCEEDED' });
    expect(await Promise.all([payments.refund(input), payments.refund(input)])).toEqual([{ status: 'SUCCEEDED' }, { status: 'SUCCEEDED' }]);
    expect(t.app.get(SandboxTrades).find(outTradeNo)!.refunds.size).toBe(1);
    expect((await row(outTradeNo)).refundedFen).toBe(2000);
    await expect(payments.refund({ ...input, refundNo: 'RF-too-much', amountFen: 3001 })).rejects.toMatchObject({ code: 'REFUND_EXCEEDS_PAYMENT' });
    await expect(payments.refund({ ...input, amountFen: 1000 })).rejects.toMatchObject({ code: 'REFUND_NO_CONFLICT' });
    expect(await payments.refund({ ...input, refundNo: 'RF-rest', amountFen: 3000 })).toEqual({ status: 'SUCCEEDED' });
    expect((await row(outTradeNo)).refundedFen).toBe(5000);
    // An unpaid attempt cannot be refunded.
    const unpaid = await start();
    const u = await row(unpaid.outTradeNo);
    await expect(payments.refund({ ...input, orderId: u.orderId, outTradeNo: unpaid.outTradeNo, refundNo: 'RF-unpaid' })).rejects.toMatchObject({ code: 'PAYMENT_NOT_PAID' });
  });
});
