import { join } from 'node:path';

/** Fixed port for the e2e backend; override with E2E_PORT if 3111 is taken. */
export const PORT = Number(process.env.E2E_PORT ?? 3111);
export const BASE_URL = `http://localhost:${PORT}`;
/** E2E_SQLITE_PATH lets two runs on one machine (with different E2E_PORTs) keep separate databases. */
export const SQLITE_PATH = process.env.E2E_SQLITE_PATH ?? join(__dirname, '..', '.tmp', 'e2e.sqlite');

/** Debian's Chromium; Playwright's own browser downloads are unreachable on these machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
