import * as QRCode from 'qrcode';
import { lastYear, listedProduct, mangoProduct, PDF_MINIMAL, upload } from '../testing/catalog-fixtures';
import { todayInShanghai } from '../common/validators';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { PROMISE_TEXT } from './compliance-certificate';
import { newTraceCode } from './trace-code';
import { QR_OPTIONS } from './trace-url';

const PUBLIC_BASE_URL = 'https://trace.bangfu.example.cn';

/** A date `days` before today (Asia/Shanghai). */
const daysAgo = (days: number) => todayInShanghai(new Date(Date.now() - days * 86_400_000));
/** An instant `days` before now, written with the +08:00 offset as a phone in China would send it. */
const instantDaysAgo = (days: number, hour = 9) => `${daysAgo(days)}T${String(hour).padStart(2, '0')}:30:00+08:00`;

const base = (name: string, countyCode: string, township: string, latitude: number, longitude: number) => ({
  name,
  countyCode,
  township,
  latitude,
  longitude,
  areaMu: 320.5,
  baseType: 'PLANTING',
  products: ['芒果'],
  certifications: [],
});

const event = (overrides: Record<string, unknown> = {}) => ({
  eventType: 'OBJECT',
  action: 'OBSERVE',
  bizStep: 'shipping',
  disposition: 'in_transit',
  eventTime: instantDaysAgo(1),
  ...overrides,
});

describe('trace: batches, events and the public story', () => {
  let t: TestApp;
  let op: string;
  let mango: string;
  let hechi: string;
  let mangoSupplierId: string;
  let productId: string;
  let baseId: string;
  let hechiBaseId: string;
  let hechiProductId: string;

  const newBatch = (overrides: Record<string, unknown> = {}) => ({
    productId,
    supplyBaseId: baseId,
    batchNo: `TD-${Math.random().toString(36).slice(2, 10)}`,
    harvestDate: daysAgo(3),
    quantity: 500,
    unit: '公斤',
    certificate: { contactPhone: '0776-5212345', selfTested: true },
    ...overrides,
  });
  const createBatch = async (overrides: Record<string, unknown> = {}, token = mango) => {
    const res = await t.http().post('/api/supplier/batches').set('Authorization', token).send(newBatch(overrides));
    if (res.status !== 201) throw new Error(`batch: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string; traceCode: string; [k: string]: unknown };
  };

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_BASE_URL });
    op = await t.login(DEMO.operator);
    mango = await t.login(DEMO.mangoSupplier);
    hechi = await t.login(DEMO.hechiSupplier);
    mangoSupplierId = (await t.http().get('/api/auth/me').set('Authorization', mango)).body.supplierId;
    baseId = (await t.http().post('/api/supplier/bases').set('Authorization', mango).send(base('祥周镇芒果基地', '451022', '祥周镇', 23.597389, 107.089211)).expect(201)).body.id;
    hechiBaseId = (await t.http().post('/api/supplier/bases').set('Authorization', hechi).send(base('甲篆镇火麻基地', '451227', '甲篆镇', 24.141, 107.258)).expect(201)).body.id;
    productId = await listedProduct(t, mango, op, mangoProduct(''));
    hechiProductId = await listedProduct(t, hechi, op, mangoProduct('', { name: '巴马火麻仁', category: 'GRAIN_OIL', originCountyCode: '451227', saleMonths: [1, 2, 3] }), '451227');
  });
  afterAll(() => t.close());

  it('tells a batch\'s whole story on its trace code, events in the order they happened', async () => {
    const report = await upload(t, mango, PDF_MINIMAL, 'report.pdf', 'application/pdf');
    const batch = await createBatch({
      inspection: {
        lab: '百色市农产品质量安全检测中心',
        testedOn: daysAgo(2),
        items: [
          { name: '农药残留', result: '未检出', passed: true },
          { name: '重金属（铅）', result: '0.02 mg/kg', passed: true },
        ],
        passed: true,
        reportFileId: report,
      },
    });
    expect(batch.traceCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
    expect(batch.traceUrl).toBe(`${PUBLIC_BASE_URL}/t/${batch.traceCode}`);
    expect(batch.certificate).toEqual({
      productName: '百色芒果（台农一号）',
      quantityText: '500 公斤',
      producer: '田东县祥周镇芒果种植专业合作社',
      origin: '广西壮族自治区百色市田东县祥周镇',
      contactPhone: '0776-5212345',
      issuedOn: todayInShanghai(),
      promise: PROMISE_TEXT,
      selfTested: true,
    });

    // Recorded out of order: the story is told in the order things happened.
    const post = (body: Record<string, unknown>) => t.http().post(`/api/supplier/batches/${batch.id}/events`).set('Authorization', mango).send(body).expect(201);
    await post(event({ bizStep: 'shipping', disposition: 'in_transit', eventTime: instantDaysAgo(1, 8), bizLocation: '田东县祥周镇芒果基地', quantity: 480, note: '冷链车发往深圳' }));
    await post(event({ action: 'ADD', bizStep: 'harvesting', disposition: 'in_progress', eventTime: instantDaysAgo(3, 7), readPoint: '3号果园', bizLocation: '祥周镇芒果基地', bizLocationDivisionCode: '451022' }));
    await post(event({ bizStep: 'inspecting', disposition: 'conformant', eventTime: new Date(instantDaysAgo(2, 10)).toISOString() }));

    const story = await t.http().get(`/api/trace/${batch.traceCode}`).expect(200);
    expect(story.body.traceCode).toBe(batch.traceCode);
    expect(story.body.batch).toMatchObject({ batchNo: batch.batchNo, quantity: 500, unit: '公斤', harvestDate: daysAgo(3) });
    expect(story.body.batch.inspection).toMatchObject({ passed: true, reportUrl: `/api/files/${report}` });
    expect(story.body.batch.inspection.items).toHaveLength(2);
    expect(story.body.product).toMatchObject({ id: productId, name: '百色芒果（台农一号）', category: 'FRUIT', categoryLabel: '水果' });
    expect(story.body.product.imageUrls[0]).toMatch(/^\/api\/files\//);
    expect(story.body.supplier).toEqual({ id: mangoSupplierId, name: '田东县祥周镇芒果种植专业合作社', county: { code: '451022', name: '田东县' } });
    expect(story.body.supplyBase).toMatchObject({ id: baseId, name: '祥周镇芒果基地', county: { code: '451022', name: '田东县' }, township: '祥周镇', coordinates: { lat: 23.597389, lng: 107.089211 } });
    expect(story.body.certifications).toEqual([expect.objectContaining({ type: 'ASSISTANCE', typeLabel: '消费帮扶产品认定', issuer: '田东县乡村振兴局', validFrom: lastYear() })]);
    expect(story.body.events.map((e: { bizStep: string }) => e.bizStep)).toEqual(['harvesting', 'inspecting', 'shipping']);
    expect(story.body.events.map((e: { sequence: number }) => e.sequence)).toEqual([2, 3, 1]);
    const harvest = story.body.events[0];
    expect(harvest).toMatchObject({ eventType: 'OBJECT', action: 'ADD', bizStepLabel: '采收', disposition: 'in_progress', eventTimeZoneOffset: '+08:00', readPoint: '3号果园', bizLocationDivisionCode: '451022', corrected: false });
    expect(harvest.eventTime).toBe(new Date(instantDaysAgo(3, 7)).toISOString());
    expect(story.body.events[1].eventTimeZoneOffset).toBe('+08:00'); // sent in UTC: the Chinese offset is assumed
    // Nobody's account id is published.
    expect(JSON.stringify(story.body)).not.toContain('recordedById');
    // The supplier's own view carries the same events with who recorded them.
    const own = await t.http().get(`/api/supplier/batches/${batch.id}`).set('Authorization', mango).expect(200);
    expect(own.body.events).toHaveLength(3);
    expect(own.body.events[0].recordedById).toEqual(expect.any(String));
    const list = await t.http().get('/api/supplier/batches').set('Authorization', mango).expect(200);
    expect(list.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ id: batch.id, traceCode: batch.traceCode, productId, productName: '百色芒果（台农一号）', inspectionPassed: true })]));
  });

  it('corrects by appending: the original stays, marked as corrected', async () => {
    const batch = await createBatch();
    const url = `/api/supplier/batches/${batch.id}/events`;
    const wrong = (await t.http().post(url).set('Authorization', mango).send(event({ quantity: 400 })).expect(201)).body;
    const noReason = await t.http().post(url).set('Authorization', mango).send(event({ quantity: 450, correctsEventId: wrong.id })).expect(400);
    expect(noReason.body.code).toBe('CORRECTION_NOTE_REQUIRED');
    const fix = (await t.http().post(url).set('Authorization', mango).send(event({ quantity: 450, correctsEventId: wrong.id, note: '发货数量录入错误，应为 450 公斤' })).expect(201)).body;
    expect(fix).toMatchObject({ correctsEventId: wrong.id, corrected: false, sequence: 2 });
    const again = await t.http().post(url).set('Authorization', mango).send(event({ quantity: 460, correctsEventId: wrong.id, note: '再改' })).expect(409);
    expect(again.body.code).toBe('EVENT_ALREADY_CORRECTED');
    // A correction of a correction is how a second fix is made.
    await t.http().post(url).set('Authorization', mango).send(event({ quantity: 455, correctsEventId: fix.id, note: '复核后为 455 公斤' })).expect(201);

    const story = (await t.http().get(`/api/trace/${batch.traceCode}`).expect(200)).body;
    expect(story.events).toHaveLength(3);
    const byId = Object.fromEntries(story.events.map((e: { id: string }) => [e.id, e]));
    expect(byId[wrong.id]).toMatchObject({ quantity: 400, corrected: true, correctedByEventId: fix.id });
    expect(byId[fix.id]).toMatchObject({ quantity: 450, corrected: true, correctsEventId: wrong.id });
    expect(story.events.filter((e: { corrected: boolean }) => !e.corrected).map((e: { quantity: number }) => e.quantity)).toEqual([455]);

    // An event of another batch cannot be "corrected" from here; there is no way to edit or delete.
    const other = await createBatch();
    const foreign = (await t.http().post(`/api/supplier/batches/${other.id}/events`).set('Authorization', mango).send(event()).expect(201)).body;
    expect((await t.http().post(url).set('Authorization', mango).send(event({ correctsEventId: foreign.id, note: 'x' })).expect(400)).body.code).toBe('UNKNOWN_EVENT');
    await t.http().patch(`${url}/${wrong.id}`).set('Authorization', mango).send({ quantity: 1 }).expect(404);
    await t.http().delete(`${url}/${wrong.id}`).set('Authorization', mango).expect(404);
  });

  it('keeps each supplier to its own batches, products and bases', async () => {
    const batch = await createBatch();
    const notFound = { statusCode: 404, code: 'NOT_FOUND', message: '批次不存在' };
    expect((await t.http().get(`/api/supplier/batches/${batch.id}`).set('Authorization', hechi).expect(404)).body).toEqual(notFound);
    expect((await t.http().post(`/api/supplier/batches/${batch.id}/events`).set('Authorization', hechi).send(event()).expect(404)).body).toEqual(notFound);
    await t.http().get(`/api/supplier/batches/${batch.id}/label`).set('Authorization', hechi).expect(404);
    const hechiList = (await t.http().get('/api/supplier/batches').set('Authorization', hechi).expect(200)).body.items;
    expect(hechiList.map((b: { id: string }) => b.id)).not.toContain(batch.id);
    // Asking for another supplier's product id answers as if it did not exist.
    const theirs = (await t.http().get(`/api/supplier/batches?productId=${productId}`).set('Authorization', hechi).expect(200)).body;
    expect(theirs.items).toEqual([]);

    const foreignProduct = await t.http().post('/api/supplier/batches').set('Authorization', hechi).send(newBatch({ productId, supplyBaseId: hechiBaseId }));
    expect(foreignProduct.status).toBe(404);
    const foreignBase = await t.http().post('/api/supplier/batches').set('Authorization', mango).send(newBatch({ supplyBaseId: hechiBaseId }));
    expect(foreignBase.status).toBe(404);
    const foreignBoth = await t.http().post('/api/supplier/batches').set('Authorization', mango).send(newBatch({ productId: hechiProductId, supplyBaseId: hechiBaseId }));
    expect(foreignBoth.status).toBe(404);
    // Hechi batches its own product from its own base.
    await createBatch({ productId: hechiProductId, supplyBaseId: hechiBaseId }, hechi);

    // Operators read every supplier's batches; other roles are refused.
    const all = (await t.http().get(`/api/admin/batches?supplierId=${mangoSupplierId}`).set('Authorization', op).expect(200)).body;
    expect(all.items.every((b: { supplierId: string }) => b.supplierId === mangoSupplierId)).toBe(true);
    expect(all.items.map((b: { id: string }) => b.id)).toContain(batch.id);
    await t.http().get(`/api/admin/batches/${batch.id}`).set('Authorization', op).expect(200);
    await t.http().get('/api/admin/batches').set('Authorization', mango).expect(403);
    await t.http().get('/api/supplier/batches').set('Authorization', await t.login(DEMO.citizen)).expect(403);
    await t.http().get('/api/supplier/batches').expect(401);
  });

  it('answers unknown and malformed codes with the same 404, and reads typed codes leniently', async () => {
    const batch = await createBatch();
    const bodies = [];
    for (const code of [newTraceCode(), 'x', "1' OR '1'='1", '9'.repeat(300), '%E4%B8%AD', batch.traceCode.slice(1)]) {
      for (const suffix of ['', '/qr.svg', '/qr.png']) {
        const res = await t.http().get(`/api/trace/${encodeURIComponent(code)}${suffix}`).expect(404);
        bodies.push(res.body);
      }
    }
    expect(new Set(bodies.map((b) => JSON.stringify(b)))).toEqual(new Set([JSON.stringify({ statusCode: 404, code: 'NOT_FOUND', message: '追溯码不存在' })]));
    const typed = `${batch.traceCode.slice(0, 8).toLowerCase()}-${batch.traceCode.slice(8)}`;
    expect((await t.http().get(`/api/trace/${typed}`).expect(200)).body.traceCode).toBe(batch.traceCode);
  });

  it('enforces the batch and event rules', async () => {
    const rejected = async (body: Record<string, unknown>, code: string, status = 400) => {
      const res = await t.http().post('/api/supplier/batches').set('Authorization', mango).send(newBatch(body));
      expect([res.status, res.body.code]).toEqual([status, code]);
    };
    const tomorrow = todayInShanghai(new Date(Date.now() + 86_400_000));
    await rejected({ harvestDate: tomorrow }, 'HARVEST_DATE_IN_FUTURE');
    await rejected({ quantity: 0 }, 'VALIDATION_FAILED');
    await rejected({ quantity: 2.5 }, 'VALIDATION_FAILED');
    await rejected({ quantity: -3 }, 'VALIDATION_FAILED');
    await rejected({ batchNo: '<b>1</b>' }, 'VALIDATION_FAILED');
    await rejected({ certificate: { contactPhone: '123' } }, 'VALIDATION_FAILED');
    await rejected({ certificate: { contactPhone: '13800000002', issuedOn: daysAgo(10) } }, 'CERTIFICATE_BEFORE_HARVEST');
    await rejected({ inspection: { lab: '检测中心', testedOn: daysAgo(1), items: [{ name: '农药残留', result: '超标', passed: false }], passed: true } }, 'INSPECTION_INCONSISTENT');
    await rejected({ inspection: { lab: '检测中心', testedOn: tomorrow, items: [{ name: '农药残留', result: '未检出', passed: true }], passed: true } }, 'INSPECTION_DATE_IN_FUTURE');
    const hechiFile = await upload(t, hechi, PDF_MINIMAL, 'r.pdf', 'application/pdf');
    await rejected({ inspection: { lab: '检测中心', testedOn: daysAgo(1), items: [{ name: '农药残留', result: '未检出', passed: true }], passed: true, reportFileId: hechiFile } }, 'UNKNOWN_FILE');
    const first = await createBatch({ batchNo: 'TD-DUP-1' });
    await rejected({ batchNo: 'TD-DUP-1' }, 'BATCH_NO_EXISTS', 409);
    // The same number is free for another supplier.
    await createBatch({ batchNo: 'TD-DUP-1', productId: hechiProductId, supplyBaseId: hechiBaseId }, hechi);

    const url = `/api/supplier/batches/${first.id}/events`;
    const eventRejected = async (body: Record<string, unknown>, code: string) => {
      const res = await t.http().post(url).set('Authorization', mango).send(event(body));
      expect([res.status, res.body.code]).toEqual([400, code]);
    };
    await eventRejected({ eventTime: `${daysAgo(4)}T23:59:00+08:00` }, 'EVENT_BEFORE_HARVEST');
    await eventRejected({ eventTime: new Date(Date.now() + 3_600_000).toISOString() }, 'EVENT_TIME_IN_FUTURE');
    await eventRejected({ eventTime: daysAgo(1) }, 'VALIDATION_FAILED'); // a date, not an instant
    await eventRejected({ eventTime: '2025-06-20T08:30:00' }, 'VALIDATION_FAILED'); // no offset
    await eventRejected({ bizStep: 'teleporting' }, 'VALIDATION_FAILED');
    await eventRejected({ quantity: 0 }, 'VALIDATION_FAILED');
    await eventRejected({ quantity: 501 }, 'EVENT_QUANTITY_EXCEEDS_BATCH');
    await eventRejected({ bizLocationDivisionCode: '999999' }, 'UNKNOWN_DIVISION');
    // The first minute of the harvest day (Beijing time) is fine; so is another offset stated explicitly.
    const ok = await t.http().post(url).set('Authorization', mango).send(event({ eventTime: `${daysAgo(3)}T00:00:00+08:00` })).expect(201);
    expect(ok.body.eventTimeZoneOffset).toBe('+08:00');
    const utc = await t.http().post(url).set('Authorization', mango).send(event({ eventTime: instantDaysAgo(1), eventTimeZoneOffset: '+07:00' })).expect(201);
    expect(utc.body.eventTimeZoneOffset).toBe('+07:00');
  });

  it('draws the QR of the public trace address as SVG and PNG', async () => {
    const batch = await createBatch();
    const url = `${PUBLIC_BASE_URL}/t/${batch.traceCode}`;
    const svg = await t.http().get(`/api/trace/${batch.traceCode}/qr.svg`).buffer(true).parse((res, cb) => {
      let data = '';
      res.on('data', (c: Buffer) => (data += c.toString('utf8')));
      res.on('end', () => cb(null, data));
    }).expect(200);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(svg.body).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg.body).toContain('<path');
    // Same options, same data → the same drawing; the data is exactly the trace address.
    expect(svg.body).toBe(await QRCode.toString(url, { ...QR_OPTIONS, type: 'svg' }));
    expect(svg.body).not.toBe(await QRCode.toString(`${PUBLIC_BASE_URL}/t/${newTraceCode()}`, { ...QR_OPTIONS, type: 'svg' }));
    const segments = QRCode.create(url, QR_OPTIONS).segments as unknown as { data: Uint8Array }[];
    expect(Buffer.concat(segments.map((s) => Buffer.from(s.data))).toString('utf8')).toBe(url);

    const png = await t.http().get(`/api/trace/${batch.traceCode}/qr.png`).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(png.headers['content-type']).toBe('image/png');
    const bytes = png.body as Buffer;
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(bytes.equals(await QRCode.toBuffer(url, { ...QR_OPTIONS, type: 'png', width: 360 }))).toBe(true);
  });

  it('prints a label with the 合格证 fields and the QR, escaping what suppliers typed', async () => {
    const batch = await createBatch({
      certificate: {
        contactPhone: '13800000002',
        producer: '<script>alert("x")</script>合作社',
        origin: '田东县"><img src=x onerror=alert(1)>',
        quantityText: '20 箱 & 10 袋',
      },
    });
    const res = await t.http().get(`/api/supplier/batches/${batch.id}/label`).set('Authorization', mango).expect(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.text).not.toMatch(/<script|<img/);
    expect(res.text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;合作社');
    expect(res.text).toContain('20 箱 &amp; 10 袋');
    expect(res.text).toContain(PROMISE_TEXT);
    expect(res.text).toContain(batch.traceCode);
    expect(res.text).toContain(await QRCode.toString(`${PUBLIC_BASE_URL}/t/${batch.traceCode}`, { ...QR_OPTIONS, type: 'svg' }));
  });
});
