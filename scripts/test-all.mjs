#!/usr/bin/env node
// Runs the test suites one after another and ends with one line of totals, "N passed, N failed",
// which CI reads. Usage: node scripts/test-all.mjs [backend] [api-client] [storefront] [admin] [e2e]
// (no argument: every unit suite, the ones that need nothing but Node).
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.test-results');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const pnpm = (args, env = {}) =>
  spawnSync(process.execPath, [join(root, 'scripts/pnpm.mjs'), ...args], { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });

const jestLike = (file) => {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: r.numPassedTests, failed: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0) };
};

const SUITES = {
  backend: () => {
    const file = join(out, 'backend.json');
    const r = pnpm(['--filter', '@bangfu/backend', 'exec', 'jest', '--json', `--outputFile=${file}`]);
    return existsSync(file) ? jestLike(file) : { passed: 0, failed: 1, status: r.status };
  },
  'api-client': () => vitest('api-client'),
  storefront: () => vitest('storefront'),
  admin: () => vitest('admin'),
  e2e: () => {
    const file = join(out, 'e2e.json');
    const r = pnpm(['--filter', '@bangfu/e2e', 'exec', 'playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
    if (!existsSync(file)) return { passed: 0, failed: 1, status: r.status };
    const s = JSON.parse(readFileSync(file, 'utf8')).stats;
    return { passed: s.expected + s.flaky, failed: s.unexpected };
  },
};

function vitest(app) {
  const file = join(out, `${app}.json`);
  const r = pnpm(['--filter', `@bangfu/${app}`, 'exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  return existsSync(file) ? jestLike(file) : { passed: 0, failed: 1, status: r.status };
}

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : ['backend', 'api-client', 'storefront', 'admin'];
const totals = { passed: 0, failed: 0 };
const lines = [];
for (const name of wanted) {
  if (!SUITES[name]) {
    console.error(`unknown suite ${name}; known: ${Object.keys(SUITES).join(', ')}`);
    process.exit(2);
  }
  console.log(`\n=== ${name} ===`);
  const r = SUITES[name]();
  totals.passed += r.passed;
  totals.failed += r.failed;
  lines.push(`${name}: ${r.passed} passed, ${r.failed} failed${r.status !== undefined ? ` (runner exited ${r.status} without results)` : ''}`);
}
console.log(`\n${lines.join('\n')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
// .ci/run adds up several runs (SQLite, e2e, MySQL) into its own closing line.
if (process.env.TEST_TOTALS_FILE) appendFileSync(process.env.TEST_TOTALS_FILE, `${totals.passed} ${totals.failed}\n`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
