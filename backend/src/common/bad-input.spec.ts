import { buildOpenApi } from '../bootstrap';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';

/**
 * "No request can produce a 500 by its content": every operation of the OpenAPI document is sent
 * malformed bodies, parameters and queries, as an operator (who passes every role check), and must
 * answer with a 4xx in the one error shape.
 */
describe('bad input', () => {
  let t: TestApp;
  let op: string;
  beforeAll(async () => {
    t = await startTestApp();
    op = await t.login(DEMO.operator);
  });
  afterAll(() => t.close());

  it('names each invalid field and changes nothing', async () => {
    const before = (await t.http().get('/api/admin/agencies').set('Authorization', op)).body.items.length;
    const res = await t.http().post('/api/admin/agencies').set('Authorization', op)
      .send({ name: 'x', divisionCode: '44', canteens: [{ name: '' }], colour: 'red' }).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['canteens.0.name', 'colour', 'divisionCode', 'name']);
    const after = (await t.http().get('/api/admin/agencies').set('Authorization', op)).body.items.length;
    expect(after).toBe(before);
  });

  it('answers malformed JSON, wrong content types and oversized bodies with 4xx', async () => {
    const malformed = await t.http().post('/api/auth/login').set('Content-Type', 'application/json').send('{"phone": "138').expect(400);
    expect(malformed.body).toMatchObject({ statusCode: 400, code: expect.any(String), message: expect.any(String) });
    expect(JSON.stringify(malformed.body)).not.toMatch(/at .*\.js|SyntaxError|position/);
    await t.http().post('/api/auth/login').set('Content-Type', 'text/plain').send('phone=1').expect(400);
    const huge = await t.http().post('/api/auth/login').set('Content-Type', 'application/json').send(JSON.stringify({ phone: 'x'.repeat(2_000_000) }));
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('never answers 500 to junk sent to any operation', async () => {
    const doc = buildOpenApi(t.app);
    const junkBodies: unknown[] = [{}, [], 'text', 123, null, { a: { b: [1, { c: 'x'.repeat(5000) }] } }, { phone: 1, password: [], name: {}, roles: 'OPERATOR', validFrom: '2020-13-45', countyCode: ['451226'], canteens: 'many' }];
    const junkParams = ['x', '0', '00000000-0000-4000-8000-000000000000', "1' OR '1'='1", '%E4%B8%AD', '9'.repeat(300)];
    const junkQueries = ['?date=yesterday', '?level=ZONE&parentCode=12', '?page=-1&pageSize=1e9', '?countyCode[]=1&countyCode[]=2', '?role=KING'];
    const failures: string[] = [];
    let sent = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of ['get', 'post', 'patch', 'put', 'delete'] as const) {
        if (!(item as Record<string, unknown>)[method]) continue;
        for (const param of junkParams) {
          const url = path.replace(/\{[^}]+\}/g, encodeURIComponent(param));
          const requests = method === 'get' ? junkQueries.map((q) => t.http().get(url + q)) : junkBodies.map((b) => t.http()[method](url).set('Content-Type', 'application/json').send(JSON.stringify(b)));
          // Upload operations also get junk multipart bodies: a lying file, a text field in its place, a broken form.
          const operation = (item as Record<string, { requestBody?: { content?: Record<string, unknown> } }>)[method];
          if (method !== 'get' && operation.requestBody?.content?.['multipart/form-data']) {
            requests.push(
              t.http()[method](url).attach('file', Buffer.from('<svg onload=alert(1)>'), { filename: 'x.png', contentType: 'image/png' }),
              t.http()[method](url).field('file', 'x'.repeat(5000)),
              t.http()[method](url).set('Content-Type', 'multipart/form-data; boundary=B').send('--B\r\nContent-Disposition: form-data\r\n\r\n'),
            );
          }
          for (const req of requests) {
            const res = await req.set('Authorization', op);
            sent++;
            const shapeOk = res.status < 400 || (typeof res.body?.code === 'string' && typeof res.body?.message === 'string');
            if (res.status >= 500 || !shapeOk) failures.push(`${method.toUpperCase()} ${url} → ${res.status} ${JSON.stringify(res.body).slice(0, 120)}`);
          }
        }
      }
    }
    expect(sent).toBeGreaterThan(100);
    expect(failures).toEqual([]);
    // Thousands of requests, more with every context: allow for a loaded machine running suites in parallel.
  }, 120_000);
});
