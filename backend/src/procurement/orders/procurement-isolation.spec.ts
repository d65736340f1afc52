import { inflateSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { FileRecord } from '../../files/file-record.entity';
import { Canteen } from '../canteen.entity';
import { DEMO, startTestApp, TestApp } from '../../testing/test-app';
import { findCjkFont } from './contract-font';
import { addDays, shanghaiDay } from './order-store';
import { agencySku, AgencyPeople, AgencySku, demoAgency, newAccount, otherAgency, setRule, shippedOrder, submitOne } from './procurement-fixtures';

/** Text drawn in a pdfkit PDF: the hex glyph strings of its (deflated) content streams, as glyph ids. */
function contentStreams(pdf: Buffer): string {
  const out: string[] = [];
  const text = pdf.toString('latin1');
  const re = /stream\r?\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    try {
      out.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      /* not a deflated stream (font program) */
    }
  }
  return out.join('\n');
}

describe('procurement orders: isolation between agencies and suppliers; the contract PDF', () => {
  let t: TestApp;
  let a: AgencyPeople;
  let other: AgencyPeople;
  let mango: string;
  let hechi: string;
  let sku: AgencySku;

  beforeAll(async () => {
    t = await startTestApp();
    a = await demoAgency(t);
    other = await otherAgency(t);
    mango = await t.login(DEMO.mangoSupplier);
    hechi = await t.login(DEMO.hechiSupplier);
    sku = await agencySku(t, 'mango', { stock: 500, priceFen: 18900, agencyMinQty: 5 });
  });
  afterAll(() => t.close());

  const post = (path: string, token: string, body: object = {}) => t.http().post(path).set('Authorization', token).send(body);

  it('never shows or lets another agency act on an order: 404 on read, approve, reject, cancel, accept, pay; absent from lists', async () => {
    await setRule(t, a, 'ALWAYS');
    const pending = await submitOne(t, a, sku, 5);
    await setRule(t, a, 'NEVER');
    const shipped = await shippedOrder(t, a, sku, 5, mango);
    for (const id of [pending, shipped]) {
      await t.http().get(`/api/procurement/orders/${id}`).set('Authorization', other.buyer).expect(404);
      await t.http().get(`/api/procurement/orders/${id}`).set('Authorization', other.manager).expect(404);
      await t.http().get(`/api/procurement/orders/${id}/contract.pdf`).set('Authorization', other.buyer).expect(404);
    }
    await post(`/api/procurement/orders/${pending}/approve`, other.approver).expect(404);
    await post(`/api/procurement/orders/${pending}/reject`, other.approver, { reason: '不是我的' }).expect(404);
    await post(`/api/procurement/orders/${pending}/cancel`, other.buyer, { reason: '不是我的' }).expect(404);
    const [lineId] = (await t.http().get(`/api/procurement/orders/${shipped}`).set('Authorization', a.buyer).expect(200)).body.lines.map((l: { id: string }) => l.id);
    await post(`/api/procurement/orders/${shipped}/accept`, other.buyer, { lines: [{ lineId, receivedQty: 5 }] }).expect(404);
    await post(`/api/procurement/orders/${shipped}/payments/transfer`, other.buyer, { reference: 'CMB0001', paidOn: '2026-01-01' }).expect(404);
    const theirs = (await t.http().get('/api/procurement/orders').set('Authorization', other.buyer).expect(200)).body;
    expect(theirs.items.map((o: { id: string }) => o.id)).not.toEqual(expect.arrayContaining([pending]));
    expect(theirs.total).toBe(0);
    expect((await t.http().get('/api/procurement/approvals').set('Authorization', other.approver).expect(200)).body.items).toEqual([]);
    const ours = (await t.http().get('/api/procurement/orders').set('Authorization', a.approver).expect(200)).body.items.map((o: { id: string }) => o.id);
    expect(ours).toEqual(expect.arrayContaining([pending, shipped]));
    // The other agency's manager cannot read or set this agency's approval rule.
    await t.http().get(`/api/agencies/${a.agencyId}/approval-rule`).set('Authorization', other.manager).expect(403);
    // Nor can a buyer order for another agency's canteen.
    const foreign = await t.http().post('/api/procurement/orders').set('Authorization', other.buyer).set('Idempotency-Key', 'iso-1').send({ canteenId: a.canteenId, deliveryDate: '2099-01-01', lines: [{ skuId: sku.skuId, quantity: 5 }] });
    expect(foreign.status).toBe(400);
  });

  it('keeps suppliers to their own orders', async () => {
    await setRule(t, a, 'NEVER');
    const id = await submitOne(t, a, sku, 5);
    await t.http().get(`/api/supplier/procurement-orders/${id}`).set('Authorization', hechi).expect(404);
    await post(`/api/supplier/procurement-orders/${id}/confirm`, hechi).expect(404);
    await post(`/api/supplier/procurement-orders/${id}/decline`, hechi, { reason: 'x' }).expect(404);
    expect((await t.http().get('/api/supplier/procurement-orders').set('Authorization', hechi).expect(200)).body.items.map((o: { id: string }) => o.id)).not.toContain(id);
    expect((await t.http().get('/api/supplier/procurement-orders').set('Authorization', mango).expect(200)).body.items.map((o: { id: string }) => o.id)).toContain(id);
    // Buyers don't use supplier routes, suppliers don't use agency routes.
    await t.http().get(`/api/supplier/procurement-orders/${id}`).set('Authorization', a.buyer).expect(403);
    await t.http().get(`/api/procurement/orders/${id}`).set('Authorization', mango).expect(403);
  });

  it('limits a contractor\'s buyer to the canteen they run', async () => {
    const op = await t.login(DEMO.operator);
    const made = await t
      .http()
      .post('/api/admin/agencies')
      .set('Authorization', op)
      .send({ name: '承包测试单位', divisionCode: '440305', canteens: [{ name: '一号食堂', address: '测试路 1 号' }, { name: '二号食堂', address: '测试路 2 号' }] })
      .expect(201);
    const agencyId = made.body.id as string;
    const [run, notRun] = made.body.canteens.map((c: { id: string }) => c.id);
    const contractor = await newAccount(t, ['CANTEEN_BUYER'], { agencyId });
    const staff = await newAccount(t, ['CANTEEN_BUYER'], { agencyId });
    const manager = await newAccount(t, ['AGENCY_MANAGER'], { agencyId });
    const me = (await t.http().get('/api/auth/me').set('Authorization', contractor).expect(200)).body;
    await t.app.get(DataSource).createQueryBuilder().update(Canteen).set({ contractorUserId: me.id }).where('id = :id', { id: run }).execute();
    const b: AgencyPeople = { agencyId, canteenId: run, buyer: contractor, approver: '', manager };
    await setRule(t, b, 'NEVER');
    const own = await submitOne(t, b, sku, 5);
    const staffOrder = await submitOne(t, { ...b, canteenId: notRun }, sku, 5, staff);
    // The contractor may not order for the other canteen, nor see its orders.
    await expect(submitOne(t, { ...b, canteenId: notRun }, sku, 5)).rejects.toThrow(/submit failed: 403/);
    const seen = (await t.http().get('/api/procurement/orders').set('Authorization', contractor).expect(200)).body.items.map((o: { id: string }) => o.id);
    expect(seen).toEqual([own]);
    await t.http().get(`/api/procurement/orders/${staffOrder}`).set('Authorization', contractor).expect(404);
    // The agency's own buyers see both canteens.
    const all = (await t.http().get('/api/procurement/orders').set('Authorization', staff).expect(200)).body.items.map((o: { id: string }) => o.id);
    expect(all.sort()).toEqual([own, staffOrder].sort());
    expect((await t.http().get(`/api/procurement/orders?canteenId=${notRun}`).set('Authorization', staff).expect(200)).body.items.map((o: { id: string }) => o.id)).toEqual([staffOrder]);
    // Submission-day filter (Asia/Shanghai, inclusive).
    const today = shanghaiDay(new Date());
    expect((await t.http().get(`/api/procurement/orders?from=${today}&to=${today}`).set('Authorization', staff).expect(200)).body.total).toBe(2);
    expect((await t.http().get(`/api/procurement/orders?to=${addDays(today, -1)}`).set('Authorization', staff).expect(200)).body.total).toBe(0);
    expect((await t.http().get(`/api/procurement/orders?from=${addDays(today, 1)}`).set('Authorization', staff).expect(200)).body.total).toBe(0);
  });

  it('keeps a contract PDF of what was agreed, with the CJK font embedded, for the agency, the supplier and operators', async () => {
    await setRule(t, a, 'NEVER');
    const id = await submitOne(t, a, sku, 12);
    const lineId = (await t.http().get(`/api/procurement/orders/${id}`).set('Authorization', a.buyer).expect(200)).body.lines[0].id;
    await t.http().get(`/api/procurement/orders/${id}/contract.pdf`).set('Authorization', a.buyer).expect(409);
    const confirmed = (await post(`/api/supplier/procurement-orders/${id}/confirm`, mango, { lines: [{ lineId, unitPriceFen: 18000 }] }).expect(200)).body;
    const font = findCjkFont(t.config.procurement.pdfFontPath);
    if (!font) {
      // A machine without any CJK font: the download says so instead of serving boxes.
      expect((await t.http().get(`/api/procurement/orders/${id}/contract.pdf`).set('Authorization', a.buyer).expect(503)).body.code).toBe('PDF_FONT_MISSING');
      return;
    }
    expect(confirmed.contractSha256).toMatch(/^[0-9a-f]{64}$/);
    const res = await t.http().get(`/api/procurement/orders/${id}/contract.pdf`).set('Authorization', a.buyer).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdf.toString('latin1');
    expect(text).toMatch(/\/FontFile[23] \d+ 0 R/); // the font program is embedded (subset; CFF for the bundled OTF)
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+/);
    expect(contentStreams(pdf)).toMatch(/<[0-9a-f]{8,}>/); // glyphs are drawn from the embedded font
    const record = await t.app.get(DataSource).getRepository(FileRecord).findOneByOrFail({ sha256: confirmed.contractSha256 });
    expect(record.size).toBe(pdf.length);
    // The supplier and an operator may read it; another supplier may not.
    await t.http().get(`/api/procurement/orders/${id}/contract.pdf`).set('Authorization', mango).expect(200);
    await t.http().get(`/api/procurement/orders/${id}/contract.pdf`).set('Authorization', await t.login(DEMO.operator)).expect(200);
    await t.http().get(`/api/procurement/orders/${id}/contract.pdf`).set('Authorization', hechi).expect(404);
  });

  it('answers 503 PDF_FONT_MISSING when the configured font does not exist, and still confirms', async () => {
    const t2 = await startTestApp({ PDF_FONT_PATH: '/nonexistent/font.ttf' });
    try {
      const a2 = await demoAgency(t2);
      await setRule(t2, a2, 'NEVER');
      const sku2 = await agencySku(t2, 'mango', { stock: 50, priceFen: 1000, agencyMinQty: 1 });
      const id = await submitOne(t2, a2, sku2, 1);
      const m2 = await t2.login(DEMO.mangoSupplier);
      const c = (await t2.http().post(`/api/supplier/procurement-orders/${id}/confirm`).set('Authorization', m2).send({}).expect(200)).body;
      expect(c).toMatchObject({ status: 'CONFIRMED', contractSha256: null });
      const res = await t2.http().get(`/api/procurement/orders/${id}/contract.pdf`).set('Authorization', a2.buyer).expect(503);
      expect(res.body).toMatchObject({ code: 'PDF_FONT_MISSING' });
      expect(res.body.message).toContain('PDF_FONT_PATH');
    } finally {
      await t2.close();
    }
  });
});
