import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildOpenApi, createApp } from './bootstrap';
import { loadConfig } from './config/app-config';

/** Writes backend/openapi.json, from which the front ends generate their typed API client. */
export const OPENAPI_FILE = resolve(__dirname, '../openapi.json');

export function serialise(doc: object): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

async function main(): Promise<void> {
  const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', JWT_SECRET: 'x'.repeat(32) }), database: { kind: 'sqlite' as const, path: ':memory:' } };
  const app = await createApp(config);
  writeFileSync(OPENAPI_FILE, serialise(buildOpenApi(app)));
  await app.close();
  process.stdout.write(`wrote ${OPENAPI_FILE}\n`);
}

if (require.main === module) void main();
