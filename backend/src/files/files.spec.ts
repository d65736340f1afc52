import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { FilesService } from './files.service';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('0000000dIHDR-fake-image-body')]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x10, 0, 0, 0]), Buffer.from('WEBPVP8 fake')]);
const MB = 1024 * 1024;

describe('files', () => {
  let t: TestApp;
  let mango: string;
  beforeAll(async () => {
    t = await startTestApp();
    mango = await t.login(DEMO.mangoSupplier);
  });
  afterAll(() => t.close());

  const upload = (bearer: string, data: Buffer, filename: string, contentType: string) =>
    t.http().post('/api/files').set('Authorization', bearer).attach('file', data, { filename, contentType });

  it('accepts a PNG and a PDF, detects their types from the bytes, and serves them back publicly', async () => {
    const png = await upload(mango, PNG, '芒果.png', 'image/png').expect(201);
    expect(png.body).toEqual({ id: expect.any(String), url: `/api/files/${png.body.id}`, contentType: 'image/png', size: PNG.length, name: '芒果.png' });
    // The client called it octet-stream; the bytes say PDF.
    const pdf = await upload(mango, PDF, '营业执照.pdf', 'application/octet-stream').expect(201);
    expect(pdf.body).toMatchObject({ contentType: 'application/pdf', size: PDF.length, name: '营业执照.pdf' });
    await upload(mango, WEBP, 'a.webp', 'image/webp').expect(201).expect((r) => expect(r.body.contentType).toBe('image/webp'));

    const got = await t.http().get(png.body.url).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(got.headers['content-type']).toBe('image/png');
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(got.body as Buffer, PNG)).toBe(0);
    const gotPdf = await t.http().get(pdf.body.url).expect(200);
    expect(gotPdf.headers['content-type']).toBe('application/pdf');
    expect(gotPdf.headers['content-disposition']).toContain(encodeURIComponent('营业执照.pdf'));

    await t.http().get('/api/files/00000000-0000-4000-8000-000000000000').expect(404);
    await t.http().get('/api/files/not-a-uuid').expect(404);
  });

  it('refuses a type the bytes do not show, whatever the client claims', async () => {
    const html = await upload(mango, Buffer.from('<html><script>alert(1)</script></html>'), 'photo.png', 'image/png').expect(415);
    expect(html.body).toMatchObject({ statusCode: 415, code: 'UNSUPPORTED_FILE_TYPE', message: expect.any(String) });
    await upload(mango, Buffer.from('GIF89a....'), 'a.gif', 'image/gif').expect(415);
    await upload(mango, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'a.pdf', 'application/pdf').expect(415);
    expect((await upload(mango, Buffer.alloc(0), 'empty.png', 'image/png').expect(400)).body.code).toBe('EMPTY_FILE');
  });

  it('refuses an image over 5 MB and anything over 10 MB with 413', async () => {
    const bigImage = Buffer.concat([PNG, Buffer.alloc(5 * MB)]);
    expect((await upload(mango, bigImage, 'big.png', 'image/png').expect(413)).body.code).toBe('FILE_TOO_LARGE');
    // A PDF of 6 MB is fine; one over 10 MB is cut off while it is read.
    await upload(mango, Buffer.concat([PDF, Buffer.alloc(6 * MB)]), 'scan.pdf', 'application/pdf').expect(201);
    const huge = await upload(mango, Buffer.concat([PDF, Buffer.alloc(10 * MB)]), 'huge.pdf', 'application/pdf').expect(413);
    expect(huge.body).toMatchObject({ statusCode: 413, code: 'FILE_TOO_LARGE' });
  });

  it('answers malformed or unexpected multipart bodies with 4xx in the error shape, never 500', async () => {
    const cases = [
      t.http().post('/api/files').set('Authorization', mango).attach('photo', PNG, 'a.png'),
      t.http().post('/api/files').set('Authorization', mango).attach('file', PNG, 'a.png').attach('file', PNG, 'b.png'),
      t.http().post('/api/files').set('Authorization', mango).field('note', 'no file'),
      t.http().post('/api/files').set('Authorization', mango).set('Content-Type', 'multipart/form-data').send('garbage'),
      t.http().post('/api/files').set('Authorization', mango).set('Content-Type', 'multipart/form-data; boundary=XYZ').send('--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n\x89PNG'),
      t.http().post('/api/files').set('Authorization', mango).set('Content-Type', 'multipart/form-data; boundary=XYZ').send('--XYZ\r\nbroken header\r\n\r\n--XYZ--'),
      t.http().post('/api/files').set('Authorization', mango).send({ file: 'aGVsbG8=' }),
    ];
    for (const req of cases) {
      const res = await req;
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.body).toMatchObject({ statusCode: res.status, code: expect.any(String), message: expect.any(String) });
    }
    await t.http().post('/api/files').attach('file', PNG, 'a.png').expect(401);
  });

  it('lets other modules check references: existence, kind and owner', async () => {
    const files = t.app.get(FilesService);
    const mangoId = (await t.http().get('/api/auth/me').set('Authorization', mango)).body.supplierId;
    const hechiId = (await t.http().get('/api/auth/me').set('Authorization', await t.login(DEMO.hechiSupplier))).body.supplierId;
    const pdf = (await upload(mango, PDF, 'cert.pdf', 'application/pdf').expect(201)).body;
    await expect(files.requireFile(pdf.id)).resolves.toMatchObject({ id: pdf.id, supplierId: mangoId, contentType: 'application/pdf' });
    await expect(files.requireFile(pdf.id, { supplierId: mangoId, kinds: ['pdf'] })).resolves.toBeDefined();
    await expect(files.requireFile(pdf.id, { kinds: ['image'] })).rejects.toMatchObject({ code: 'WRONG_FILE_TYPE' });
    await expect(files.requireFile(pdf.id, { supplierId: hechiId })).rejects.toMatchObject({ code: 'UNKNOWN_FILE' });
    await expect(files.requireFile('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ code: 'UNKNOWN_FILE' });
    await expect(files.requireFile('../../etc/passwd')).rejects.toMatchObject({ code: 'UNKNOWN_FILE' });
  });
});
