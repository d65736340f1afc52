import { DataSource } from 'typeorm';
import { AuditEntry } from '../../audit/audit-entry.entity';
import { DomainEventMap, DomainEvents } from '../../common/domain-events';
import { PDF_MINIMAL, PNG_1X1, upload } from '../../testing/catalog-fixtures';
import { freePort } from '../../testing/order-fixtures';
import { DEMO, startTestApp, TestApp } from '../../testing/test-app';
import { shanghaiDay } from './order-store';
import './procurement-events';
import { agencySku, AgencyPeople, AgencySku, demoAgency, otherAgency, setRule, shippedOrder } from './procurement-fixtures';

/** After delivery: acceptance (验收), invoice (验票), payment by transfer or Alipay (sandbox), refunds. */
describe('procurement orders: acceptance, invoice, payment, refund', () => {
  let t: TestApp;
  let base: string;
  let a: AgencyPeople;
  let pingshan: AgencyPeople;
  let mango: string;
  let hechi: string;
  let sku: AgencySku;
  let oil: AgencySku;
  const accepted: DomainEventMap['procurement.order.accepted'][] = [];
  const refunded: DomainEventMap['procurement.order.refunded'][] = [];

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    t = await startTestApp({ PUBLIC_BASE_URL: base });
    await t.app.listen(port, '127.0.0.1');
    t.app.get(DomainEvents).on('procurement.order.accepted', (e) => void accepted.push(e));
    t.app.get(DomainEvents).on('procurement.order.refunded', (e) => void refunded.push(e));
    a = await demoAgency(t);
    pingshan = await otherAgency(t, '440310'); // 坪山区: paired with 田东县 (the mango co-op's county)
    await setRule(t, a, 'NEVER');
    await setRule(t, pingshan, 'NEVER');
    mango = await t.login(DEMO.mangoSupplier);
    hechi = await t.login(DEMO.hechiSupplier);
    sku = await agencySku(t, 'mango', { stock: 1000, priceFen: 18900, agencyMinQty: 5 });
    oil = await agencySku(t, 'hechi', { stock: 100, priceFen: 89800, agencyMinQty: 2 });
  });
  afterAll(() => t.close());

  const post = (path: string, token: string, body: object = {}) => t.http().post(path).set('Authorization', token).send(body);
  const get = (id: string, token = a.buyer) => t.http().get(`/api/procurement/orders/${id}`).set('Authorization', token).expect(200);
  const lineIds = async (id: string, token = a.buyer): Promise<string[]> => (await get(id, token)).body.lines.map((l: { id: string }) => l.id);

  it('runs the whole path: acceptance with a shortfall, invoice rejected then verified, bank transfer confirmed, COMPLETED', async () => {
    const id = await shippedOrder(t, a, sku, 10, mango);
    // Nothing is paid or invoiced before acceptance.
    expect((await post(`/api/procurement/orders/${id}/payments/transfer`, a.buyer, { reference: 'CMB0001', paidOn: shanghaiDay(new Date()) }).expect(409)).body.code).toBe('NOT_ACCEPTED');
    expect((await post(`/api/procurement/orders/${id}/payments/alipay`, a.buyer, { device: 'page' }).expect(409)).body.code).toBe('NOT_ACCEPTED');
    const invoicePdf = await upload(t, mango, PDF_MINIMAL, 'fapiao.pdf', 'application/pdf');
    expect((await post(`/api/supplier/procurement-orders/${id}/invoice`, mango, { invoiceNo: '12345678', amountFen: 189000, fileId: invoicePdf }).expect(409)).body.code).toBe('NOT_ACCEPTED');

    const [lineId] = await lineIds(id);
    const photo = await upload(t, a.buyer, PNG_1X1, 'boxes.png', 'image/png');
    await post(`/api/procurement/orders/${id}/accept`, a.buyer, { lines: [{ lineId, receivedQty: 11 }] }).expect(400);
    const acc = (await post(`/api/procurement/orders/${id}/accept`, a.buyer, { lines: [{ lineId, receivedQty: 8, note: '2 箱压坏拒收' }], note: '冷链温度正常', photoFileIds: [photo] }).expect(200)).body;
    expect(acc).toMatchObject({ status: 'ACCEPTED', acceptedFen: 151200, acceptedPairedFen: 0, acceptedOn: shanghaiDay(new Date()) });
    expect(acc.lines[0]).toMatchObject({ quantity: 10, receivedQty: 8, acceptedFen: 151200, shortfallNote: '2 箱压坏拒收' });
    expect(acc.acceptance).toMatchObject({ acceptedByName: '李建国', note: '冷链温度正常', photoUrls: [`/api/files/${photo}`] });
    expect(acc.payment).toMatchObject({ status: 'UNPAID', dueFen: 151200 });
    expect(accepted.find((e) => e.orderId === id)).toMatchObject({ agencyId: a.agencyId, purpose: 'CANTEEN', lines: [{ skuId: sku.skuId, quantity: 8, amountFen: 151200, originCountyCode: '451022' }] });
    await post(`/api/procurement/orders/${id}/accept`, a.buyer, { lines: [{ lineId, receivedQty: 8 }] }).expect(409);

    // Invoice: wrong amount, bad number, then a good one rejected by the buyer and submitted again.
    const wrong = await post(`/api/supplier/procurement-orders/${id}/invoice`, mango, { invoiceNo: '26442000000012345678', amountFen: 189000, fileId: invoicePdf }).expect(400);
    expect(wrong.body).toMatchObject({ code: 'INVOICE_AMOUNT_MISMATCH', details: { expectedFen: 151200 } });
    await post(`/api/supplier/procurement-orders/${id}/invoice`, mango, { invoiceNo: '123456789', amountFen: 151200, fileId: invoicePdf }).expect(400);
    await post(`/api/supplier/procurement-orders/${id}/invoice`, mango, { invoiceNo: '26442000000012345678', amountFen: 151200, fileId: invoicePdf }).expect(200);
    expect((await post(`/api/supplier/procurement-orders/${id}/invoice`, mango, { invoiceNo: '12345678', amountFen: 151200, fileId: invoicePdf }).expect(409)).body.code).toBe('INVOICE_PENDING');
    expect((await post(`/api/procurement/orders/${id}/invoice/reject`, a.buyer, { reason: '抬头错误' }).expect(200)).body.invoiceStatus).toBe('REJECTED');
    await post(`/api/supplier/procurement-orders/${id}/invoice`, mango, { invoiceNo: '12345678', amountFen: 151200, fileId: invoicePdf }).expect(200);
    const verified = (await post(`/api/procurement/orders/${id}/invoice/verify`, a.buyer).expect(200)).body;
    expect(verified).toMatchObject({ status: 'ACCEPTED', invoiceStatus: 'VERIFIED' });
    expect(verified.invoices.map((i: { invoiceNo: string; status: string }) => [i.invoiceNo, i.status])).toEqual([['12345678', 'VERIFIED'], ['26442000000012345678', 'REJECTED']]);

    // Bank transfer: declared by the buyer, confirmed by the supplier (not another one).
    const declared = (await post(`/api/procurement/orders/${id}/payments/transfer`, a.buyer, { reference: 'CMB20260620123456', paidOn: shanghaiDay(new Date()) }).expect(200)).body;
    expect(declared.payment).toMatchObject({ status: 'TRANSFER_DECLARED', method: 'BANK_TRANSFER', paidFen: 151200, transferReference: 'CMB20260620123456' });
    expect((await post(`/api/procurement/orders/${id}/payments/transfer`, a.buyer, { reference: 'CMB2', paidOn: shanghaiDay(new Date()) }).expect(409)).body.code).toBe('TRANSFER_DECLARED');
    await post(`/api/supplier/procurement-orders/${id}/payments/transfer/confirm`, hechi).expect(404);
    const done = (await post(`/api/supplier/procurement-orders/${id}/payments/transfer/confirm`, mango).expect(200)).body;
    expect(done).toMatchObject({ status: 'COMPLETED', paymentStatus: 'PAID', invoiceStatus: 'VERIFIED' });
    expect(done.events.map((e: { type: string }) => e.type)).toEqual([
      'SUBMITTED',
      'CONFIRMED',
      'SHIPPED',
      'ACCEPTED',
      'INVOICE_SUBMITTED',
      'INVOICE_REJECTED',
      'INVOICE_SUBMITTED',
      'INVOICE_VERIFIED',
      'TRANSFER_DECLARED',
      'PAID',
      'COMPLETED',
    ]);
    await post(`/api/supplier/procurement-orders/${id}/payments/transfer/confirm`, mango).expect(409);
    const audit = await t.app.get(DataSource).getRepository(AuditEntry).findOneByOrFail({ subjectId: id, action: 'procurement.order.accepted' });
    expect(JSON.parse(audit.after!)).toMatchObject({ acceptedFen: 151200, acceptedPairedFen: 0 });

    // A refund on a transfer-paid order needs the reference of the transfer that returned the money.
    expect((await post(`/api/supplier/procurement-orders/${id}/refunds`, mango, { amountFen: 18900, reason: '退一箱' }).expect(400)).body.code).toBe('REFERENCE_REQUIRED');
    const r = (await post(`/api/supplier/procurement-orders/${id}/refunds`, mango, { amountFen: 18900, reason: '退一箱', reference: 'ICBC-RET-0001' }).expect(201)).body;
    expect(r).toMatchObject({ refundedFen: 18900, status: 'COMPLETED' });
    expect(r.refunds).toEqual([expect.objectContaining({ amountFen: 18900, method: 'BANK_TRANSFER', reference: 'ICBC-RET-0001', status: 'SUCCEEDED' })]);
    expect(refunded.find((e) => e.orderId === id)).toMatchObject({ amountFen: 18900, totalRefundedFen: 18900, agencyId: a.agencyId });
    expect((await post(`/api/supplier/procurement-orders/${id}/refunds`, mango, { amountFen: 132301, reason: '太多', reference: 'X-0002' }).expect(400)).body.code).toBe('REFUND_TOO_LARGE');
  });

  it('counts the paired-county share on the acceptance day: 坪山区 with 田东 mangoes, not with 巴马 oil', async () => {
    const paired = await shippedOrder(t, pingshan, sku, 6, mango);
    const [l1] = await lineIds(paired, pingshan.buyer);
    const p = (await post(`/api/procurement/orders/${paired}/accept`, pingshan.buyer, { lines: [{ lineId: l1, receivedQty: 5 }] }).expect(200)).body;
    expect(p).toMatchObject({ acceptedFen: 94500, acceptedPairedFen: 94500 });

    const unpaired = await shippedOrder(t, pingshan, oil, 2, hechi);
    const [l2] = await lineIds(unpaired, pingshan.buyer);
    await post(`/api/procurement/orders/${unpaired}/accept`, pingshan.buyer, { lines: [] }).expect(400);
    const u = (await post(`/api/procurement/orders/${unpaired}/accept`, pingshan.manager, { lines: [{ lineId: l2, receivedQty: 2 }] }).expect(200)).body;
    expect(u).toMatchObject({ acceptedFen: 179600, acceptedPairedFen: 0 });
  });

  it('pays by Alipay through the sandbox once, returns to the storefront page, and refunds through Alipay', async () => {
    const id = await shippedOrder(t, a, sku, 5, mango);
    const [lineId] = await lineIds(id);
    await post(`/api/procurement/orders/${id}/accept`, a.buyer, { lines: [{ lineId, receivedQty: 5 }] }).expect(200);
    const pay = (await post(`/api/procurement/orders/${id}/payments/alipay`, a.buyer, { device: 'page' }).expect(200)).body;
    expect(pay.payUrl.startsWith(base)).toBe(true);
    const cashier = await t.http().get(pay.payUrl.slice(base.length)).expect(200);
    expect(cashier.text).toContain('¥ 945.00');
    const action = /action="([^"]+)\/pay"/.exec(cashier.text)![1];
    const back = new URL((await t.http().post(`${action}/pay`).expect(303)).headers.location);
    expect(back.pathname).toBe(`/procurement/orders/${id}`);
    const paid = (await get(id)).body;
    expect(paid).toMatchObject({ status: 'ACCEPTED', paymentStatus: 'PAID', payment: { method: 'ALIPAY', paidFen: 94500 } });
    // Pressing pay again records nothing twice; starting another payment is refused.
    await t.http().post(`${action}/pay`).expect(303);
    expect((await get(id)).body.events.filter((e: { type: string }) => e.type === 'PAID')).toHaveLength(1);
    expect((await post(`/api/procurement/orders/${id}/payments/alipay`, a.buyer, {}).expect(409)).body.code).toBe('ALREADY_PAID');
    await post(`/api/procurement/orders/${id}/payments/transfer`, a.buyer, { reference: 'CMB9999', paidOn: shanghaiDay(new Date()) }).expect(409);

    // A return agreed with the supplier, refunded by an operator through Alipay; the invoice then covers the rest.
    const op = await t.login(DEMO.operator);
    const r = (await post(`/api/admin/procurement-orders/${id}/refunds`, op, { amountFen: 18900, reason: '一箱品质不符，退货' }).expect(201)).body;
    expect(r.refundedFen).toBe(18900);
    expect(r.refunds[0]).toMatchObject({ method: 'ALIPAY', status: 'SUCCEEDED', amountFen: 18900 });
    const pdf = await upload(t, mango, PDF_MINIMAL, 'fapiao.pdf', 'application/pdf');
    await post(`/api/supplier/procurement-orders/${id}/invoice`, mango, { invoiceNo: '26442000000087654321', amountFen: 94500, fileId: pdf }).expect(400);
    await post(`/api/supplier/procurement-orders/${id}/invoice`, mango, { invoiceNo: '26442000000087654321', amountFen: 75600, fileId: pdf }).expect(200);
    expect((await post(`/api/procurement/orders/${id}/invoice/verify`, a.manager).expect(200)).body.status).toBe('COMPLETED');
  });

  it('lets an operator confirm a declared transfer; an unpaid order refunds by owing less', async () => {
    const id = await shippedOrder(t, a, sku, 5, mango);
    const [lineId] = await lineIds(id);
    await post(`/api/procurement/orders/${id}/accept`, a.buyer, { lines: [{ lineId, receivedQty: 5 }] }).expect(200);
    const r = (await post(`/api/supplier/procurement-orders/${id}/refunds`, mango, { amountFen: 900, reason: '运费补差' }).expect(201)).body;
    expect(r).toMatchObject({ refundedFen: 900, payment: { dueFen: 93600 } });
    expect(r.refunds[0]).toMatchObject({ method: 'NONE', status: 'SUCCEEDED' });
    await post(`/api/procurement/orders/${id}/payments/transfer`, a.buyer, { reference: 'CMB-OP-1', paidOn: shanghaiDay(new Date()) }).expect(200);
    const op = await t.login(DEMO.operator);
    const done = (await post(`/api/admin/procurement-orders/${id}/payments/transfer/confirm`, op).expect(200)).body;
    expect(done).toMatchObject({ status: 'ACCEPTED', paymentStatus: 'PAID', payment: { paidFen: 93600 } });
    const list = (await t.http().get(`/api/admin/procurement-orders?agencyId=${a.agencyId}&status=ACCEPTED`).set('Authorization', op).expect(200)).body;
    expect(list.items.map((o: { id: string }) => o.id)).toContain(id);
  });
});
