import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import { todayInShanghai } from '../common/validators';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { AuditEntry } from './audit-entry.entity';
import { AuditLog } from './audit-log.service';
import { AuditQueryService } from './audit-query.service';

/** Reads a binary response body (supertest buffers only text types by default). */
const binary = (res: unknown, cb: (err: Error | null, body: unknown) => void) => {
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('audit log: search, export, organisation scope, append-only', () => {
  let t: TestApp;
  let op: string;
  let opId: string;
  let mangoSupplierId: string;
  let ownAgency: string;
  let otherAgency: string;

  beforeAll(async () => {
    t = await startTestApp();
    op = await t.login(DEMO.operator);
    opId = (await t.http().get('/api/auth/me').set('Authorization', op)).body.id;
    mangoSupplierId = (await t.http().get('/api/auth/me').set('Authorization', await t.login(DEMO.mangoSupplier))).body.supplierId;
    ownAgency = (await t.http().get('/api/auth/me').set('Authorization', await t.login(DEMO.agencyManager))).body.agencyId;
    otherAgency = (await t.http().post('/api/admin/agencies').set('Authorization', op).send({ name: '深圳市罗湖区教育局', divisionCode: '440303', canteens: [{ name: '罗湖区教育局食堂' }] }).expect(201)).body.id;
    // 25 lines of one subject, in order, for paging; plus one line with a literal % for the text search.
    const log = t.app.get(AuditLog);
    for (let i = 1; i <= 25; i++) {
      await log.record({ actor: { id: opId, name: '王立群' }, action: 'sku.stock', subjectType: 'sku', subjectId: 'paging-sku', summary: `库存调整第 ${i} 次`, before: { stock: i - 1 }, after: { stock: i }, supplierId: mangoSupplierId });
    }
    await log.record({ actor: null, action: 'test_only.probe', subjectType: 'test_probe', subjectId: 'sz-2026', summary: '深圳市 2026 年预留比例 20% → 30%', before: { ratio: 0.2 }, after: { ratio: 0.3 } });
    await log.record({ actor: { id: opId, name: '王立群' }, action: 'user.create', subjectType: 'user', subjectId: 'other-agency-user', summary: '创建账号「罗湖采购员」', agencyId: otherAgency });
    await log.record({ actor: { id: opId, name: '王立群' }, action: 'user.create', subjectType: 'user', subjectId: 'own-agency-user', summary: '创建账号「福田采购员」', agencyId: ownAgency });
  });
  afterAll(() => t.close());

  const search = (q: Record<string, string | number>, who = op) => t.http().get('/api/admin/audit').query(q).set('Authorization', who);

  it('pages newest first, with the total', async () => {
    const p1 = (await search({ subjectId: 'paging-sku', pageSize: 10 }).expect(200)).body;
    expect(p1).toMatchObject({ total: 25, page: 1, pageSize: 10 });
    expect(p1.items.map((l: { summary: string }) => l.summary).slice(0, 3)).toEqual(['库存调整第 25 次', '库存调整第 24 次', '库存调整第 23 次']);
    expect(p1.items[0]).toMatchObject({ actorUserId: opId, actorName: '王立群', action: 'sku.stock', actionLabel: '库存调整', before: { stock: 24 }, after: { stock: 25 }, supplierId: mangoSupplierId });
    const p3 = (await search({ subjectId: 'paging-sku', pageSize: 10, page: 3 }).expect(200)).body;
    expect(p3.items.map((l: { summary: string }) => l.summary)).toEqual([5, 4, 3, 2, 1].map((i) => `库存调整第 ${i} 次`));
  });

  it('filters by time, actor, action, subject and summary text', async () => {
    const today = todayInShanghai();
    const tomorrow = new Date(Date.now() + 86_400_000 * 1.5).toISOString().slice(0, 10);
    expect((await search({ subjectId: 'paging-sku', from: today, to: today }).expect(200)).body.total).toBe(25);
    expect((await search({ subjectId: 'paging-sku', from: tomorrow }).expect(200)).body.total).toBe(0);
    expect((await search({ subjectId: 'paging-sku', to: '2020-01-01' }).expect(200)).body.total).toBe(0);
    expect((await search({ subjectId: 'paging-sku', from: new Date(Date.now() - 3600_000).toISOString() }).expect(200)).body.total).toBe(25);
    expect((await search({ subjectType: 'test_probe', actor: 'SYSTEM' }).expect(200)).body.items).toEqual([expect.objectContaining({ actorUserId: null, actorName: '系统', subjectId: 'sz-2026' })]);
    expect((await search({ subjectId: 'paging-sku', actor: opId }).expect(200)).body.total).toBe(25);
    expect((await search({ subjectId: 'paging-sku', actor: '立群' }).expect(200)).body.total).toBe(25);
    expect((await search({ subjectId: 'paging-sku', actor: '张慧敏' }).expect(200)).body.total).toBe(0);
    expect((await search({ action: 'test_only.probe' }).expect(200)).body.total).toBe(1);
    expect((await search({ subjectType: 'sku', subjectId: 'paging-sku', q: '第 7 次' }).expect(200)).body.items.map((l: { summary: string }) => l.summary)).toEqual(['库存调整第 7 次']);
    // LIKE wildcards in q are literal: "_" is not "any character", "%" is a percent sign.
    expect((await search({ subjectId: 'paging-sku', q: '第 _ 次' }).expect(200)).body.total).toBe(0);
    const pct = (await search({ q: '20%' }).expect(200)).body.items as { subjectId: string; summary: string }[];
    expect(pct.map((l) => l.subjectId)).toContain('sz-2026');
    expect(pct.every((l) => l.summary.includes('20%'))).toBe(true);
    // The demo admissions are in the log too (recorded by the services, not by this test).
    expect((await search({ action: 'supplier.approve' }).expect(200)).body.total).toBe(5);
  });

  it('refuses bad filters with 400, naming the field', async () => {
    const cases: [Record<string, string | number>, string, string?][] = [
      [{ action: 'DROP TABLE' }, 'VALIDATION_FAILED', 'action'],
      [{ from: '2026-02-30' }, 'VALIDATION_FAILED', 'from'],
      [{ to: 'yesterday' }, 'VALIDATION_FAILED', 'to'],
      [{ from: '2026-13-01' }, 'VALIDATION_FAILED', 'from'],
      [{ to: '2026-02-30T10:00:00+08:00' }, 'VALIDATION_FAILED', 'to'],
      [{ pageSize: 101 }, 'VALIDATION_FAILED', 'pageSize'],
      [{ page: 0 }, 'VALIDATION_FAILED', 'page'],
      [{ subjectType: 'Supplier;' }, 'VALIDATION_FAILED', 'subjectType'],
      [{ colour: 'red' }, 'VALIDATION_FAILED', 'colour'],
      [{ from: '2026-03-02', to: '2026-03-01' }, 'INVALID_PERIOD'],
    ];
    for (const [q, code, field] of cases) {
      const res = await search(q).expect(400);
      expect(res.body.code).toBe(code);
      if (field) expect(res.body.details[0].field).toBe(field);
    }
    expect((await t.http().get('/api/admin/audit/export.xlsx?from=2026-13-01').set('Authorization', op).expect(400)).body.code).toBe('VALIDATION_FAILED');
  });

  it('is for operators only: 401 without a token, 403 for everyone else', async () => {
    await t.http().get('/api/admin/audit').expect(401);
    for (const phone of [DEMO.citizen, DEMO.canteenBuyer, DEMO.agencyManager, DEMO.mangoSupplier, DEMO.approver]) {
      const who = await t.login(phone);
      expect((await t.http().get('/api/admin/audit').set('Authorization', who).expect(403)).body.code).toBe('FORBIDDEN');
      await t.http().get('/api/admin/audit/export.xlsx').set('Authorization', who).expect(403);
      await t.http().get('/api/admin/audit/actions').set('Authorization', who).expect(403);
    }
  });

  it('lists the action codes with Chinese labels, and codes found only in the log', async () => {
    const items = (await t.http().get('/api/admin/audit/actions').set('Authorization', op).expect(200)).body.items as { code: string; label: string }[];
    expect(items).toEqual(expect.arrayContaining([
      { code: 'supplier.approve', label: '供应商准入通过' },
      { code: 'sku.price', label: '规格价格变更' },
      { code: 'pairing.end', label: '终止结对关系' },
      { code: 'test_only.probe', label: 'test_only.probe' },
    ]));
    expect(new Set(items.map((i) => i.code)).size).toBe(items.length);
  });

  it('exports the filtered lines as xlsx, and refuses an export over the cap with 400', async () => {
    const res = await t.http().get('/api/admin/audit/export.xlsx').query({ subjectId: 'paging-sku', q: '第 1' }).set('Authorization', op).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="audit-.*\.xlsx"/);
    const book = new Workbook();
    await book.xlsx.load(res.body as Parameters<typeof book.xlsx.load>[0]);
    const sheet = book.getWorksheet('操作日志')!;
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[0].slice(1, 5)).toEqual(['时间（北京时间）', '操作人', '操作人 ID', '操作']);
    // 第 1 次 and 第 10…19 次: 11 lines, newest first.
    expect(rows.length - 1).toBe(11);
    expect(rows[1].slice(2, 9)).toEqual(['王立群', opId, '库存调整', 'sku.stock', 'sku', 'paging-sku', '库存调整第 19 次']);
    expect(rows[1][9]).toBe('{"stock":18}');
    expect(rows[1][1]).toMatch(new RegExp(`^${todayInShanghai()} \\d{2}:\\d{2}:\\d{2}$`));

    const svc = t.app.get(AuditQueryService);
    svc.maxExportRows = 20;
    try {
      const big = await t.http().get('/api/admin/audit/export.xlsx').query({ subjectId: 'paging-sku' }).set('Authorization', op).expect(400);
      expect(big.body).toMatchObject({ code: 'EXPORT_TOO_LARGE', details: { total: 25, max: 20 } });
      await t.http().get('/api/admin/audit/export.xlsx').query({ subjectId: 'paging-sku', q: '第 2' }).set('Authorization', op).buffer(true).parse(binary).expect(200);
    } finally {
      svc.maxExportRows = 50_000;
    }
  });

  it('shows an agency manager only their own agency\'s lines', async () => {
    const manager = await t.login(DEMO.agencyManager);
    const own = (await t.http().get(`/api/agencies/${ownAgency}/audit`).set('Authorization', manager).expect(200)).body;
    expect(own.items.length).toBeGreaterThanOrEqual(1);
    expect(own.items.every((l: { agencyId: string }) => l.agencyId === ownAgency)).toBe(true);
    expect(own.items.map((l: { subjectId: string }) => l.subjectId)).toContain('own-agency-user');
    expect(own.items.map((l: { subjectId: string }) => l.subjectId)).not.toContain('other-agency-user');
    // Filters narrow within the agency; they never widen it.
    expect((await t.http().get(`/api/agencies/${ownAgency}/audit?subjectId=other-agency-user`).set('Authorization', manager).expect(200)).body.total).toBe(0);
    await t.http().get(`/api/agencies/${ownAgency}/audit?agencyId=${otherAgency}`).set('Authorization', manager).expect(400);
    await t.http().get(`/api/agencies/${otherAgency}/audit`).set('Authorization', manager).expect(403);
    // Agency staff who are not managers, and citizens, may not read it.
    await t.http().get(`/api/agencies/${ownAgency}/audit`).set('Authorization', await t.login(DEMO.canteenBuyer)).expect(403);
    await t.http().get(`/api/agencies/${ownAgency}/audit`).set('Authorization', await t.login(DEMO.citizen)).expect(403);
    // Operators read any agency's part.
    expect((await t.http().get(`/api/agencies/${otherAgency}/audit?subjectType=user`).set('Authorization', op).expect(200)).body.items.map((l: { subjectId: string }) => l.subjectId)).toEqual(['other-agency-user']);
  });

  it('shows a supplier only its own lines', async () => {
    const mango = await t.login(DEMO.mangoSupplier);
    const mine = (await t.http().get('/api/supplier/audit?pageSize=100').set('Authorization', mango).expect(200)).body;
    expect(mine.total).toBeGreaterThan(25);
    expect(mine.items.every((l: { supplierId: string }) => l.supplierId === mangoSupplierId)).toBe(true);
    const approve = (await t.http().get('/api/supplier/audit?action=supplier.approve').set('Authorization', mango).expect(200)).body;
    expect(approve.items).toEqual([expect.objectContaining({ subjectId: mangoSupplierId, after: { status: 'APPROVED', statusReason: null } })]);
    const hechi = await t.login(DEMO.hechiSupplier);
    const theirs = (await t.http().get('/api/supplier/audit?subjectId=paging-sku').set('Authorization', hechi).expect(200)).body;
    expect(theirs.total).toBe(0);
    await t.http().get('/api/supplier/audit').set('Authorization', op).expect(403);
  });

  it('is append-only: the database refuses UPDATE and DELETE, and no code path tries', async () => {
    const ds = t.app.get(DataSource);
    const repo = ds.getRepository(AuditEntry);
    const before = await repo.count();
    const row = (await repo.findOneByOrFail({ subjectId: 'sz-2026' }));
    await expect(ds.query('UPDATE audit_entries SET summary = ? WHERE id = ?', ['改写', row.id])).rejects.toThrow(/append-only/);
    await expect(repo.update({ id: row.id }, { summary: '改写' })).rejects.toThrow(/append-only/);
    await expect(ds.query('DELETE FROM audit_entries WHERE id = ?', [row.id])).rejects.toThrow(/append-only/);
    await expect(repo.delete({ id: row.id })).rejects.toThrow(/append-only/);
    expect(await repo.count()).toBe(before);
    expect((await repo.findOneByOrFail({ id: row.id })).summary).toBe('深圳市 2026 年预留比例 20% → 30%');

    // Source scan: whoever names the table or entity never updates or deletes it; the audit context only inserts and reads.
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts') && !p.endsWith('.spec.ts')) files.push(p);
      }
    };
    walk(join(__dirname, '..'));
    const root = join(__dirname, '..');
    const touching = files.filter((f) => /\bAuditEntry\b|audit_entries/.test(readFileSync(f, 'utf8')) && !f.includes(`${sep}migrations${sep}`));
    expect(touching.map((f) => f.slice(root.length + 1))).toEqual(expect.arrayContaining([join('audit', 'audit-log.service.ts'), join('audit', 'audit-query.service.ts')]));
    for (const f of touching) {
      const src = readFileSync(f, 'utf8');
      // Nobody outside the audit context writes lines other than through AuditLog.record (an insert).
      expect(src).not.toMatch(/\b(update|delete|remove|save|upsert|softDelete|softRemove|increment|decrement|clear)\s*\(\s*AuditEntry\b/);
      expect(src).not.toMatch(/\b(UPDATE|DELETE\s+FROM|REPLACE\s+INTO|TRUNCATE(\s+TABLE)?)\s+[`"]?audit_entries/i);
      if (f.includes(`${sep}audit${sep}`)) expect(src).not.toMatch(/\.(update|delete|remove|softDelete|softRemove|save|upsert|increment|decrement|clear)\(/);
    }
  });
});
