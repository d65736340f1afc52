#!/usr/bin/env node
// Scale-out check: TWO real backend processes (the built backend/dist/main.js, two ports) on ONE
// MySQL/MariaDB database, started at the same moment, then:
//   - start-up: both migrate/seed under the lock (one set of migration rows, one set of demo users)
//   - shared storage: a file uploaded through A is served by B
//   - idempotency: the same Idempotency-Key sent to A and B at once is one order
//   - throttling: failed logins counted across both processes
//   - flash sale: buyers split over A and B never oversell one SKU
//   - payment: an Alipay notification (signed here with the "Alipay" key the app trusts) posted to A
//     is PAID through B; the repeat to B changes nothing
//   - expiry: overdue orders, both processes restarted at once, each runs the expiry job → every
//     order cancelled once, one EXPIRED event each, stock given back once
//   - metrics: orders created, summed over both replicas' /api/metrics, equals the orders made
//   - backup/restore: mariadb-dump of the live database, restored into an empty database, a third
//     backend on it shows the same orders
// Usage: DATABASE_URL=mysql://user:pass@host:3306/any node scripts/multi-process-test.mjs
//        (BACKEND_DIST=/path/to/dist to test another build; KEEP_DB=1 keeps the databases)
// Prints one PASS/FAIL line per check and ends with "N passed, N failed"; appends "N N" to
// $TEST_TOTALS_FILE like scripts/test-all.mjs, so .ci/run counts it.
import { spawn, spawnSync } from 'node:child_process';
import { createSign, generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { appendFileSync, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(process.env.BACKEND_DIST ?? join(root, 'backend/dist'));
const backendModules = join(root, 'backend/node_modules');
const require = createRequire(join(root, 'backend/package.json'));
const t0 = Date.now();
const results = [];
const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s]`, ...a);

function check(name, ok, detail = '') {
  results.push({ name, ok: !!ok });
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}${detail ? ` — ${detail}` : ''}`);
}

function finish(code) {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed + (code && results.every((r) => r.ok) ? 1 : 0);
  console.log(`\nmulti-process: ${passed} passed, ${failed} failed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  if (process.env.TEST_TOTALS_FILE) appendFileSync(process.env.TEST_TOTALS_FILE, `${passed} ${failed}\n`);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}

if (!process.env.DATABASE_URL) {
  console.error('multi-process test: DATABASE_URL (mysql://user:pass@host:port/db) is required — two processes need one server database');
  finish(1);
}
if (!existsSync(join(dist, 'main.js'))) {
  console.error(`multi-process test: no ${join(dist, 'main.js')} — build the backend first (npm test builds it)`);
  finish(1);
}

const mysql = require('mysql2/promise');
const server = new URL(process.env.DATABASE_URL);
server.pathname = '/';
const suffix = randomBytes(4).toString('hex');
const dbName = `bangfu_mp_${suffix}`;
const restoreName = `bangfu_restore_${suffix}`;
const dbUrl = (name) => Object.assign(new URL(server.toString()), { pathname: `/${name}` }).toString();
const work = mkdtempSync(join(tmpdir(), 'bangfu-mp-'));

// ---------------------------------------------------------------------------------------------
// Processes

const freePort = () =>
  new Promise((r) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => r(port));
    });
  });

const merchant = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs1', format: 'pem' } });
const alipay = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs1', format: 'pem' } });
const APP_ID = '2021000000000077';
const SELLER = '2088000000000077';
const sharedFiles = join(work, 'shared-files'); // one volume mounted by every replica

const running = new Map();
function startBackend(name, port, database) {
  const logFile = join(work, `${name}.log`);
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_PATH: backendModules, // a dist outside backend/ still finds the dependencies
    NODE_ENV: 'development',
    PORT: String(port),
    DATABASE_URL: dbUrl(database),
    SEED_DEMO: 'true',
    JWT_SECRET: 'multi-process-secret-'.padEnd(48, 'x'), // one secret: a token from A is valid at B
    DATA_DIR: join(work, `data-${name}`),
    FILE_STORAGE_DIR: sharedFiles,
    PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    ALIPAY_APP_ID: APP_ID,
    ALIPAY_SELLER_ID: SELLER,
    ALIPAY_PRIVATE_KEY: merchant.privateKey,
    ALIPAY_PUBLIC_KEY: alipay.publicKey,
    ALIPAY_GATEWAY: 'http://127.0.0.1:9/gateway.do',
    LOG_LEVEL: 'warn',
  };
  const out = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, [join(dist, 'main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  const p = { name, port, base: `http://127.0.0.1:${port}`, child, logFile, exited: null };
  child.on('exit', (code, signal) => (p.exited = { code, signal }));
  running.set(name, p);
  return p;
}

async function waitReady(p, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (p.exited) throw new Error(`${p.name} exited (${JSON.stringify(p.exited)}); log:\n${readFileSync(p.logFile, 'utf8').slice(-3000)}`);
    try {
      const r = await fetch(`${p.base}/api/health/ready`);
      if (r.ok) return r.json();
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${p.name} not ready in ${timeoutMs} ms; log:\n${readFileSync(p.logFile, 'utf8').slice(-3000)}`);
}

async function stop(p) {
  if (p.exited) return;
  const gone = new Promise((r) => p.child.once('exit', r));
  p.child.kill('SIGTERM');
  const timer = setTimeout(() => p.child.kill('SIGKILL'), 15_000);
  await gone;
  clearTimeout(timer);
  running.delete(p.name);
}

// ---------------------------------------------------------------------------------------------
// HTTP helpers

async function api(p, method, path, { token, body, headers = {}, form } = {}) {
  const h = { ...headers };
  if (token) h.authorization = token;
  let payload;
  if (form) payload = form;
  else if (body !== undefined) {
    h['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const res = await fetch(`${p.base}${path}`, { method, headers: h, body: payload });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, body: json, text };
}

async function must(p, method, path, opts, expected) {
  const r = await api(p, method, path, opts);
  if (r.status !== expected) throw new Error(`${method} ${path} on ${p.name}: ${r.status} ${r.text.slice(0, 300)} (expected ${expected})`);
  return r.body;
}

const login = async (p, phone, password = 'Demo@2026') => `Bearer ${(await must(p, 'POST', '/api/auth/login', { body: { phone, password } }, 200)).accessToken}`;

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
async function upload(p, token, data, filename, type) {
  const form = new FormData();
  form.append('file', new Blob([data], { type }), filename);
  return (await must(p, 'POST', '/api/files', { token, form }, 201)).id;
}

const ADDRESS = { name: '陈晓梅', phone: '13912345678', region: '广东省深圳市福田区', detail: '福华三路 88 号 2 栋 1201' };
const order = (p, token, skuId, key = randomUUID(), quantity = 1) =>
  api(p, 'POST', '/api/orders', { token, headers: { 'idempotency-key': key }, body: { items: [{ skuId, quantity }], address: ADDRESS } });

function alipayTime(d = new Date()) {
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}
/** Alipay's RSA2 notification signature: sorted k=v over everything but sign and sign_type. */
function signedNotification(params) {
  const all = { ...params, sign_type: 'RSA2' };
  const content = Object.keys(all)
    .filter((k) => k !== 'sign' && k !== 'sign_type' && all[k] !== '')
    .sort()
    .map((k) => `${k}=${all[k]}`)
    .join('&');
  return { ...all, sign: createSign('RSA-SHA256').update(content, 'utf8').sign(alipay.privateKey, 'base64') };
}

const sample = (text, series) => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
};

// ---------------------------------------------------------------------------------------------

let admin;
async function main() {
  admin = await mysql.createConnection({ uri: server.toString() });
  const [[{ v }]] = await admin.query('SELECT VERSION() AS v');
  await admin.query(`CREATE DATABASE \`${dbName}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const db = await mysql.createConnection({ uri: dbUrl(dbName) });
  log(`server ${v}; database ${dbName}; backend ${dist}; logs in ${work}`);

  // --- start-up: both at the same moment on an empty database -----------------------------------
  const [portA, portB, portC] = [await freePort(), await freePort(), await freePort()];
  let A = startBackend('A', portA, dbName);
  let B = startBackend('B', portB, dbName);
  const [readyA, readyB] = await Promise.all([waitReady(A), waitReady(B)]);
  log(`A :${portA} and B :${portB} ready`);
  const [[mig]] = await db.query('SELECT COUNT(*) AS n, COUNT(DISTINCT name) AS d FROM migrations');
  const [[users]] = await db.query("SELECT COUNT(*) AS n FROM users WHERE phone = '13800000001'");
  check(
    'start-up: two processes at once migrate and seed once (migration lock)',
    readyA.migrations === readyB.migrations && Number(mig.n) === readyA.migrations && Number(mig.d) === Number(mig.n) && Number(users.n) === 1,
    `${mig.n} migration rows for ${readyA.migrations} migrations, ${users.n} operator account`,
  );

  // --- a listed product, its steps spread over both processes; files on the shared volume ---------
  const opA = await login(A, '13800000001');
  const opB = await login(B, '13800000001');
  const coA = await login(A, '13800000002');
  const coB = await login(B, '13800000002');
  const image = await upload(A, coA, PNG, 'cover.png', 'image/png');
  const doc = await upload(A, coA, PDF, 'cert.pdf', 'application/pdf');
  const served = await fetch(`${B.base}/api/files/${image}`);
  const servedBytes = Buffer.from(await served.arrayBuffer());
  check('shared storage: a file uploaded through A is served by B', served.status === 200 && servedBytes.equals(PNG), `HTTP ${served.status}, ${servedBytes.length} bytes`);

  const FLASH_STOCK = 10;
  const year = new Date().getUTCFullYear();
  const product = await must(B, 'POST', '/api/supplier/products', {
    token: coB,
    body: {
      name: `秒杀芒果 ${suffix}`,
      category: 'FRUIT',
      description: '右江河谷阳光充足，果肉细腻香甜。',
      images: [image],
      originCountyCode: '451022',
      storage: 'ROOM',
      coldChain: false,
      saleMonths: [6, 7, 8, 9],
      skus: [
        { spec: '秒杀 5斤装', unit: '箱', netWeightGrams: 2500, priceFen: 990, stock: FLASH_STOCK, agencyMinQty: 1 },
        { spec: '常规 10斤装', unit: '箱', netWeightGrams: 5000, priceFen: 10990, stock: 500, agencyMinQty: 1 },
      ],
    },
  }, 201);
  await must(A, 'POST', `/api/supplier/products/${product.id}/certifications`, {
    token: coA,
    body: { type: 'ASSISTANCE', number: '田东认定〔2026〕第0312号', issuer: '田东县乡村振兴局', issuingCountyCode: '451022', validFrom: `${year - 1}-01-01`, validTo: `${year + 1}-12-31`, linkedHouseholds: 126, documentFileId: doc },
  }, 201);
  await must(B, 'POST', `/api/supplier/products/${product.id}/submit`, { token: coB }, 200);
  await must(A, 'POST', `/api/admin/products/${product.id}/approve`, { token: opA }, 200);
  await must(B, 'POST', `/api/supplier/products/${product.id}/list`, { token: coB }, 200);
  const detail = await must(A, 'GET', `/api/products/${product.id}`, {}, 200);
  const flash = detail.skus.find((s) => s.name.startsWith('秒杀'));
  const regular = detail.skus.find((s) => s.name.startsWith('常规'));
  void opB;

  // --- buyers, registered half on each process --------------------------------------------------
  const BUYERS = 30;
  const phoneBase = 13_500_000_000 + Math.floor(Math.random() * 90_000_000);
  const buyers = [];
  for (let i = 0; i < BUYERS; i += 6) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(6, BUYERS - i) }, async (_, j) => {
        const n = i + j;
        const phone = String(phoneBase + n);
        const r = await must(n % 2 ? B : A, 'POST', '/api/auth/register', { body: { phone, password: 'Buyer2026ok', name: `买家${n}` } }, 201);
        return { phone, token: `Bearer ${r.accessToken}` };
      }),
    );
    buyers.push(...batch);
  }
  log(`${buyers.length} buyers registered`);

  // --- throttling across processes --------------------------------------------------------------
  const victim = buyers[BUYERS - 1].phone;
  const fails = [];
  for (let i = 0; i < 5; i++) fails.push((await api(i % 2 ? B : A, 'POST', '/api/auth/login', { body: { phone: victim, password: 'wrong-password-1' } })).status);
  const lockedB = await api(B, 'POST', '/api/auth/login', { body: { phone: victim, password: 'Buyer2026ok' } });
  const lockedA = await api(A, 'POST', '/api/auth/login', { body: { phone: victim, password: 'Buyer2026ok' } });
  check('throttling: 5 failed logins spread over A and B lock the phone on both', fails.every((s) => s === 401) && lockedA.status === 429 && lockedB.status === 429, `failures ${fails.join(',')}; then A ${lockedA.status}, B ${lockedB.status}`);

  // --- idempotency across processes -------------------------------------------------------------
  const key = randomUUID();
  const [i1, i2] = await Promise.all([order(A, buyers[0].token, regular.id, key), order(B, buyers[0].token, regular.id, key)]);
  const [[idem]] = await db.query('SELECT COUNT(*) AS n FROM orders WHERE idempotencyKey = ?', [key]);
  check('idempotency: one key sent to A and B at once is one order', i1.status === 201 && i2.status === 201 && i1.body.id === i2.body.id && Number(idem.n) === 1, `${i1.status}/${i2.status}, ${idem.n} row`);
  let ordersMade = 1;

  // --- flash sale split across both -------------------------------------------------------------
  const sale = await Promise.all(buyers.map((b, n) => order(n % 2 ? B : A, b.token, flash.id)));
  const won = sale.filter((r) => r.status === 201).length;
  const soldOut = sale.filter((r) => r.status === 409 && r.body?.code === 'OUT_OF_STOCK').length;
  const [[sold]] = await db.query('SELECT COALESCE(SUM(quantity), 0) AS n, COUNT(DISTINCT orderId) AS o FROM order_items WHERE skuId = ?', [flash.id]);
  const [[left]] = await db.query('SELECT stock FROM skus WHERE id = ?', [flash.id]);
  const viaB = (await must(B, 'GET', `/api/products/${product.id}`, {}, 200)).skus.find((s) => s.id === flash.id);
  check(
    `flash sale: ${BUYERS} buyers over A and B for ${FLASH_STOCK} units never oversell`,
    won === FLASH_STOCK && soldOut === BUYERS - FLASH_STOCK && Number(sold.n) === FLASH_STOCK && Number(left.stock) === 0 && viaB.stock === 0,
    `${won} orders (A ${sale.filter((r, n) => r.status === 201 && n % 2 === 0).length}, B ${sale.filter((r, n) => r.status === 201 && n % 2 === 1).length}), ${soldOut} OUT_OF_STOCK, ${sold.n} units in order lines, stock left ${left.stock}`,
  );
  ordersMade += won;

  // --- a payment notification through A, seen through B -----------------------------------------
  const payer = buyers[1];
  const toPay = await order(A, payer.token, regular.id);
  ordersMade += 1;
  const pay = await must(A, 'POST', `/api/orders/${toPay.body.id}/pay`, { token: payer.token, body: { channel: 'alipay' } }, 200);
  const biz = JSON.parse(new URL(pay.payUrl).searchParams.get('biz_content'));
  const notification = signedNotification({
    notify_time: alipayTime(),
    notify_type: 'trade_status_sync',
    notify_id: randomUUID().replace(/-/g, ''),
    charset: 'utf-8',
    version: '1.0',
    app_id: APP_ID,
    seller_id: SELLER,
    out_trade_no: pay.outTradeNo,
    trade_no: `2026060122001${String(Date.now()).slice(-12)}`,
    trade_status: 'TRADE_SUCCESS',
    total_amount: biz.total_amount,
    buyer_id: '2088102177846880',
    gmt_payment: alipayTime(),
  });
  const form = () => new URLSearchParams(notification);
  const notifiedA = await api(A, 'POST', '/api/payments/alipay/notify', { form: form() });
  const seenB = await must(B, 'GET', `/api/orders/${toPay.body.id}`, { token: payer.token }, 200);
  const repeatB = await api(B, 'POST', '/api/payments/alipay/notify', { form: form() });
  const [[paidRows]] = await db.query("SELECT COUNT(*) AS n FROM payments WHERE orderId = ? AND status = 'PAID'", [toPay.body.id]);
  check(
    'payment: a notification received by A is PAID through B; the repeat to B changes nothing',
    notifiedA.text === 'success' && seenB.status === 'PAID' && repeatB.text === 'success' && Number(paidRows.n) === 1,
    `A answered ${notifiedA.text}, B shows ${seenB.status}, repeat ${repeatB.text}, ${paidRows.n} paid payment row`,
  );

  // --- metrics summed over replicas -------------------------------------------------------------
  const [mA, mB] = await Promise.all([api(A, 'GET', '/api/metrics'), api(B, 'GET', '/api/metrics')]);
  const created = sample(mA.text, 'bangfu_orders_created_total') + sample(mB.text, 'bangfu_orders_created_total');
  const paidM = sample(mA.text, 'bangfu_orders_paid_total') + sample(mB.text, 'bangfu_orders_paid_total');
  check('metrics: orders created and paid, summed over both replicas, match what was done', created === ordersMade && paidM === 1, `created ${created} (made ${ordersMade}), paid ${paidM}`);

  // --- expiry: overdue orders, both processes start and run the job at once ---------------------
  const EXPIRING = 16;
  const [[before]] = await db.query('SELECT stock FROM skus WHERE id = ?', [regular.id]);
  const expiring = await Promise.all(buyers.slice(2, 2 + EXPIRING).map((b, n) => order(n % 2 ? B : A, b.token, regular.id, randomUUID(), 2)));
  const ids = expiring.map((r) => r.body.id);
  ordersMade += ids.length;
  const [[held]] = await db.query('SELECT stock FROM skus WHERE id = ?', [regular.id]);
  await Promise.all([stop(A), stop(B)]);
  await db.query(`UPDATE orders SET expiresAt = '2001-01-01 00:00:00' WHERE id IN (?)`, [ids]);
  A = startBackend('A', portA, dbName);
  B = startBackend('B', portB, dbName);
  await Promise.all([waitReady(A), waitReady(B)]);
  log('A and B restarted: both run the expiry job at start-up');
  const until = Date.now() + 60_000;
  let cancelled = 0;
  while (Date.now() < until) {
    const [[c]] = await db.query("SELECT COUNT(*) AS n FROM orders WHERE id IN (?) AND status = 'CANCELLED'", [ids]);
    cancelled = Number(c.n);
    if (cancelled === ids.length) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  // Both jobs have had their start-up run; give the slower one time to finish its (empty) claims.
  await new Promise((r) => setTimeout(r, 2000));
  const [events] = await db.query("SELECT orderId, COUNT(*) AS n FROM order_events WHERE type = 'EXPIRED' AND orderId IN (?) GROUP BY orderId", [ids]);
  const [[after]] = await db.query('SELECT stock FROM skus WHERE id = ?', [regular.id]);
  const viaA = await must(A, 'GET', `/api/orders/${ids[0]}`, { token: buyers[2].token }, 200);
  const viaBo = await must(B, 'GET', `/api/orders/${ids[1]}`, { token: buyers[3].token }, 200);
  check(
    `expiry: ${EXPIRING} overdue orders, the job in both processes cancels each once and gives stock back once`,
    cancelled === EXPIRING && events.length === EXPIRING && events.every((e) => Number(e.n) === 1) && Number(held.stock) === Number(before.stock) - 2 * EXPIRING && Number(after.stock) === Number(before.stock) && viaA.status === 'CANCELLED' && viaBo.status === 'CANCELLED',
    `${cancelled} cancelled, ${events.length} orders with ${events.reduce((a, e) => a + Number(e.n), 0)} EXPIRED events, stock ${before.stock} → ${held.stock} → ${after.stock}`,
  );

  // --- backup and restore -----------------------------------------------------------------------
  const dumpBin = ['mariadb-dump', 'mysqldump'].find((b) => spawnSync('sh', ['-c', `command -v ${b}`]).status === 0);
  const clientBin = ['mariadb', 'mysql'].find((b) => spawnSync('sh', ['-c', `command -v ${b}`]).status === 0);
  if (!dumpBin || !clientBin) {
    check('backup/restore: dump, restore into an empty database, same orders', false, 'no mariadb-dump/mysqldump or mariadb/mysql client on PATH');
  } else {
    const conn = ['-h', server.hostname, '-P', server.port || '3306', '-u', decodeURIComponent(server.username)];
    const pwEnv = { ...process.env, MYSQL_PWD: decodeURIComponent(server.password) };
    const dumpFile = join(work, 'backup.sql');
    // The documented command: consistent snapshot without locking the live replicas.
    const dump = spawnSync('sh', ['-c', `"$0" "$@" > '${dumpFile}'`, dumpBin, ...conn, '--single-transaction', '--quick', '--routines', '--triggers', '--hex-blob', '--default-character-set=utf8mb4', dbName], { env: pwEnv, encoding: 'utf8' });
    await admin.query(`CREATE DATABASE \`${restoreName}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    const restore = spawnSync('sh', ['-c', `"$0" "$@" < '${dumpFile}'`, clientBin, ...conn, '--default-character-set=utf8mb4', restoreName], { env: pwEnv, encoding: 'utf8' });
    if (dump.status !== 0 || restore.status !== 0) {
      check('backup/restore: dump, restore into an empty database, same orders', false, `dump exit ${dump.status} ${dump.stderr}; restore exit ${restore.status} ${restore.stderr}`);
    } else {
      const C = startBackend('C', portC, restoreName);
      const readyC = await waitReady(C);
      const sampleBuyers = [buyers[0], buyers[1], buyers[2], buyers[3], ...buyers.filter((_, n) => sale[n].status === 201).slice(0, 4)];
      const view = (list) => list.items.map((o) => `${o.id}:${o.orderNo}:${o.status}:${o.payableFen}`).sort().join(',');
      let same = true;
      let compared = 0;
      for (const b of sampleBuyers) {
        const [live, restored] = await Promise.all([must(A, 'GET', '/api/orders?pageSize=50', { token: b.token }, 200), must(C, 'GET', '/api/orders?pageSize=50', { token: b.token }, 200)]);
        if (view(live) !== view(restored) || live.total !== restored.total || live.total === 0) same = false;
        compared += restored.total;
      }
      const [[liveCount]] = await db.query('SELECT COUNT(*) AS n, COALESCE(SUM(payableFen), 0) AS s FROM orders');
      const [[restoredCount]] = await admin.query(`SELECT COUNT(*) AS n, COALESCE(SUM(payableFen), 0) AS s FROM \`${restoreName}\`.orders`);
      same = same && Number(liveCount.n) === Number(restoredCount.n) && Number(liveCount.s) === Number(restoredCount.s) && readyC.migrations === readyA.migrations;
      check(
        'backup/restore: dump of the live database restored into an empty one; a backend on it shows the same orders',
        same,
        `${dumpBin} ${(statSync(dumpFile).size / 1024).toFixed(0)} KiB; ${restoredCount.n} orders (live ${liveCount.n}); ${compared} orders of ${sampleBuyers.length} buyers identical via the API`,
      );
      await stop(C);
    }
  }
  await db.end();
}

async function cleanup() {
  await Promise.all([...running.values()].map(stop));
  if (admin) {
    if (!process.env.KEEP_DB) {
      await admin.query(`DROP DATABASE IF EXISTS \`${dbName}\``).catch(() => undefined);
      await admin.query(`DROP DATABASE IF EXISTS \`${restoreName}\``).catch(() => undefined);
    }
    await admin.end().catch(() => undefined);
  }
  if (!process.env.KEEP_DB && results.every((r) => r.ok)) rmSync(work, { recursive: true, force: true });
  else console.log(`logs and dump kept in ${work}`);
}

main()
  .then(async () => {
    await cleanup();
    finish(0);
  })
  .catch(async (err) => {
    console.error(`multi-process test aborted: ${err instanceof Error ? err.stack : String(err)}`);
    check('multi-process run completed', false, err instanceof Error ? err.message.split('\n')[0] : String(err));
    await cleanup();
    finish(1);
  });
