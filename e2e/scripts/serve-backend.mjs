#!/usr/bin/env node
// Starts the already built backend for the Playwright run on a fresh SQLite file.
// Playwright's webServer runs this; it kills the whole process group when the run ends.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const e2eDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(e2eDir, '..');
const backendDir = join(root, 'backend');
const main = join(backendDir, 'dist', 'main.js');

const required = [
  main,
  join(root, 'storefront', 'dist', 'index.html'),
  join(root, 'admin', 'dist', 'index.html'),
];
const missing = required.filter((file) => !existsSync(file));
if (missing.length > 0) {
  console.error(`e2e: build output missing (run \`node scripts/pnpm.mjs run build\` first): ${missing.join(', ')}`);
  process.exit(1);
}

const sqlitePath = resolve(process.env.SQLITE_PATH ?? join(e2eDir, '.tmp', 'e2e.sqlite'));
mkdirSync(dirname(sqlitePath), { recursive: true });
for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(sqlitePath + suffix, { force: true });

// cwd is backend/, as under `pnpm start`, so any path the backend resolves from its cwd behaves the same.
const child = spawn(process.execPath, [main], {
  cwd: backendDir,
  stdio: 'inherit',
  env: { ...process.env, SQLITE_PATH: sqlitePath },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
