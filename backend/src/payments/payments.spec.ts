import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from '../testing/test-app';
import { fenToYuan, yuanToFen } from './money';
import { PaidEvent } from './payment-recorder';
import { Payment, PaymentStatus } from './payment.entity';
import { PaymentsService } from './payments.service';
import { generateRsaPair } from './sandbox/sandbox-keys';
import { alipayTime, signNotification } from './sandbox/signing';

describe('money', () => {
  it('converts yuan strings to fen exactly, and refuses anything else', () => {
    expect(yuanToFen('99.00')).toBe(9900);
    expect(yuanToFen('0.01')).toBe(1);
    expect(yuanToFen('99.9')).toBe(9990);
    expect(yuanToFen('20')).toBe(2000);
    for (const bad of ['', '-1.00', '1.001', '1e3', '01.00', ' ', 'abc', '1,00']) expect(yuanToFen(bad)).toBeNull();
    expect(yuanToFen(12 as unknown as string)).toBeNull();
    expect(fenToYuan(9990)).toBe('99.90');
    expect(fenToYuan(5)).toBe('0.05');
  });
});

/**
 * Notifications against a configured Alipay app whose "Alipay" key pair is generated here: the test
 * signs notifications with that pair's private key, and the app verifies them with alipay-sdk's
 * checkNotifySignV2 against ALIPAY_PUBLIC_KEY — the production code path.
 */
describe('alipay notifications', () => {
  const APP_ID = '2021000000000099';
  const SELLER = '2088000000000099';
  const merchant = generateRsaPair();
  const alipay = generateRsaPair();
  const stranger = generateRsaPair();
  let t: TestApp;
  let payments: PaymentsService;
  let ds: DataSource;
  const paid: PaidEvent[] = [];
  let failHandler = false;

  beforeAll(async () => {
    t = await startTestApp({
      SEED_DEMO: 'false',
      ALIPAY_APP_ID: APP_ID,
      ALIPAY_SELLER_ID: SELLER,
      ALIPAY_PRIVATE_KEY: merchant.privateKey,
      ALIPAY_PUBLIC_KEY: alipay.publicKey.replace(/-----[^-]+-----|\s/g, ''), // as the console shows it
      ALIPAY_GATEWAY: 'http://127.0.0.1:9/gateway.do',
      PUBLIC_BASE_URL: 'https://shop.example.cn',
    });
    payments = t.app.get(PaymentsService);
    ds = t.app.get(DataSource);
    payments.onPaid(async (p) => {
      if (failHandler) throw new Error('order side is down');
      paid.push(p);
    });
  });
  afterAll(() => t.close());

  const startOne = (amountFen = 9990, orderId = randomUUID()) => payments.start({ orderId, orderNo: 'BF20260601001', amountFen, subject: '百色芒果 5斤装', device: 'page' });

  function notification(outTradeNo: string, over: Record<string, string> = {}, key = alipay.privateKey): Record<string, string> {
    return signNotification(
      {
        notify_time: alipayTime(),
        notify_type: 'trade_status_sync',
        notify_id: randomUUID().replace(/-/g, ''),
        charset: 'utf-8',
        version: '1.0',
        app_id: APP_ID,
        seller_id: SELLER,
        out_trade_no: outTradeNo,
        trade_no: `2026060122001${Math.floor(Math.random() * 1e15)}`,
        trade_status: 'TRADE_SUCCESS',
        total_amount: '99.90',
        buyer_id: '2088102177846880',
        subject: '百色芒果 5斤装 100%好果',
        gmt_payment: '2026-06-01 12:00:00',
        fund_bill_list: '[{"amount":"99.90","fundChannel":"ALIPAYACCOUNT"}]',
        ...over,
      },
      key,
    );
  }

  const post = async (form: Record<string, string>) => {
    const res = await t.http().post('/api/payments/alipay/notify').type('form').send(form);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    return res.text;
  };
  const row = (outTradeNo: string) => ds.getRepository(Payment).findOneByOrFail({ outTradeNo });

  it('builds a signed page-pay address on the configured gateway', async () => {
    const { payUrl, outTradeNo } = await startOne();
    const url = new URL(payUrl);
    expect(url.origin + url.pathname).toBe('http://127.0.0.1:9/gateway.do');
    expect(url.searchParams.get('method')).toBe('alipay.trade.page.pay');
    expect(url.searchParams.get('notify_url')).toBe('https://shop.example.cn/api/payments/alipay/notify');
    expect(JSON.parse(url.searchParams.get('biz_content')!)).toMatchObject({ out_trade_no: outTradeNo, total_amount: '99.90', product_code: 'FAST_INSTANT_TRADE_PAY' });
    expect(url.searchParams.get('sign')).toBeTruthy();
    const wap = await payments.start({ orderId: randomUUID(), orderNo: 'BF2', amountFen: 1, subject: 'x', device: 'wap' });
    expect(new URL(wap.payUrl).searchParams.get('method')).toBe('alipay.trade.wap.pay');
    await expect(payments.start({ orderId: randomUUID(), orderNo: 'BF3', amountFen: 0, subject: 'x', device: 'page' })).rejects.toMatchObject({ code: 'INVALID_AMOUNT' });
  });

  it('records a verified success once, however often Alipay repeats it, and tells the order side once', async () => {
    const { outTradeNo } = await startOne();
    const form = notification(outTradeNo);
    paid.length = 0;
    for (let i = 0; i < 8; i++) expect(await post(form)).toBe('success');
    // Repeats arriving together are still one payment.
    expect(await Promise.all([post(form), post(form), post(form)])).toEqual(['success', 'success', 'success']);
    const p = await row(outTradeNo);
    expect(p).toMatchObject({ status: PaymentStatus.PAID, tradeNo: form.trade_no, buyerId: '2088102177846880', confirmedBy: 'NOTIFY', needsRefund: false });
    expect(p.handledAt).not.toBeNull();
    expect(p.paidAt!.toISOString()).toBe('2026-06-01T04:00:00.000Z');
    expect(paid).toEqual([{ orderId: p.orderId, outTradeNo, amountFen: 9990, tradeNo: form.trade_no, paidAt: p.paidAt }]);
    expect(await ds.getRepository(Payment).countBy({ orderId: p.orderId, status: PaymentStatus.PAID })).toBe(1);
    // TRADE_FINISHED later (the refund period ended) is the same payment.
    expect(await post(notification(outTradeNo, { trade_status: 'TRADE_FINISHED', trade_no: form.trade_no }))).toBe('success');
    expect(paid).toHaveLength(1);
  });

  it('answers failure and changes nothing for forged, mismatched or unpaid notifications', async () => {
    const { outTradeNo } = await startOne();
    paid.length = 0;
    const valid = notification(outTradeNo);
    const cases: Record<string, Record<string, string> | unknown> = {
      'tampered amount': { ...valid, total_amount: '0.01' },
      'signed wrong amount': notification(outTradeNo, { total_amount: '0.01' }),
      'wrong app_id': notification(outTradeNo, { app_id: '2021000000000001' }),
      'wrong seller_id': notification(outTradeNo, { seller_id: '2088000000000001' }),
      'bad signature': notification(outTradeNo, {}, stranger.privateKey),
      'no signature': { ...valid, sign: '' },
      'unknown out_trade_no': notification('BF20260601000000099999999'),
      'WAIT_BUYER_PAY': notification(outTradeNo, { trade_status: 'WAIT_BUYER_PAY' }),
      'malformed amount': notification(outTradeNo, { total_amount: '99.9O' }),
    };
    for (const [name, form] of Object.entries(cases)) {
      expect([name, await post(form as Record<string, string>)]).toEqual([name, 'failure']);
    }
    for (const junk of [[], 'text', { a: ['1', '2'] }]) {
      const res = await t.http().post('/api/payments/alipay/notify').send(junk as object);
      expect([res.status, res.text]).toEqual([200, 'failure']);
    }
    const p = await row(outTradeNo);
    expect(p).toMatchObject({ status: PaymentStatus.PENDING, tradeNo: null, acceptedOrderId: null, handledAt: null });
    expect(paid).toEqual([]);
    // The genuine one still goes through afterwards.
    expect(await post(valid)).toBe('success');
    expect((await row(outTradeNo)).status).toBe(PaymentStatus.PAID);
  });

  it('answers failure while the order side fails, and tells it again on the retry', async () => {
    const { outTradeNo } = await startOne();
    const form = notification(outTradeNo);
    paid.length = 0;
    failHandler = true;
    expect(await post(form)).toBe('failure');
    expect((await row(outTradeNo)).handledAt).toBeNull();
    failHandler = false;
    expect(await post(form)).toBe('success');
    expect(paid).toHaveLength(1);
    expect((await row(outTradeNo)).handledAt).not.toBeNull();
  });

  it('keeps an order to one accepted payment: a second success is recorded and flagged for refund', async () => {
    const orderId = randomUUID();
    const a = await startOne(9990, orderId);
    const b = await startOne(9990, orderId);
    paid.length = 0;
    const [ra, rb] = await Promise.all([post(notification(a.outTradeNo)), post(notification(b.outTradeNo))]);
    expect([ra, rb]).toEqual(['success', 'success']);
    const rows = await ds.getRepository(Payment).findBy({ orderId });
    expect(rows.map((r) => r.status)).toEqual([PaymentStatus.PAID, PaymentStatus.PAID]);
    expect(rows.filter((r) => r.acceptedOrderId === orderId)).toHaveLength(1);
    expect(rows.filter((r) => r.needsRefund)).toHaveLength(1);
    expect(paid).toHaveLength(1);
    await expect(startOne(9990, orderId)).rejects.toMatchObject({ code: 'ORDER_ALREADY_PAID' });
  });
});
