import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createApp } from '../bootstrap';
import { AppConfig, loadConfig } from '../config/app-config';
import { DEMO_PASSWORD } from '../demo/demo-data.seeder';
import { freshDatabase } from './test-database';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  /** A supertest client bound to the running app. */
  http: () => ReturnType<typeof request>;
  /** Logs a demo account in and returns its bearer header value. */
  login: (phone: string, password?: string) => Promise<string>;
  close: () => Promise<void>;
}

/**
 * Boots the real application (migrations, reference data, demo data) on a fresh database: in-memory
 * SQLite, or a new MySQL/MariaDB database when DATABASE_URL is set. Each suite gets its own.
 */
export async function startTestApp(env: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  const { database, drop } = await freshDatabase();
  // Uploaded files go to a directory of this suite's own, removed when it closes.
  const filesDir = mkdtempSync(join(tmpdir(), 'bangfu-files-'));
  const config: AppConfig = {
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', JWT_SECRET: 'test-secret-'.padEnd(40, 'x'), SEED_DEMO: 'true', FILE_STORAGE_DIR: filesDir, ...env }),
    database,
  };
  const app = await createApp(config);
  const server = app.getHttpServer();
  const http = () => request(server);
  return {
    app,
    config,
    http,
    login: async (phone, password = DEMO_PASSWORD) => {
      const res = await http().post('/api/auth/login').send({ phone, password });
      if (res.status !== 200) throw new Error(`login ${phone} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return `Bearer ${res.body.accessToken}`;
    },
    close: async () => {
      await app.close();
      await drop();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

export const DEMO = {
  operator: '13800000001',
  mangoSupplier: '13800000002',
  canteenBuyer: '13800000003',
  approver: '13800000004',
  citizen: '13800000005',
  hechiSupplier: '13800000006',
  agencyManager: '13800000007',
} as const;
