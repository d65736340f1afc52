import { defineConfig, devices } from '@playwright/test';
import { BASE_URL, CHROMIUM_ARGS, CHROMIUM_PATH, PORT, SQLITE_PATH } from './support/env';

/**
 * Journeys in Debian's Chromium against the built backend, which serves the storefront at `/`,
 * the admin at `/admin/` and the API at `/api`, on a fresh demo-seeded SQLite file.
 * Build first: `node scripts/pnpm.mjs run build` (from the repository root).
 */
export default defineConfig({
  testDir: './journeys',
  outputDir: './test-results',
  // The journeys share one seeded database and change it (orders, stock): run them one at a time.
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    baseURL: BASE_URL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    // Deletes the SQLite file, checks the build output exists, then runs `node backend/dist/main.js`.
    command: 'node scripts/serve-backend.mjs',
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      SQLITE_PATH,
      SEED_DEMO: 'true',
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
      PUBLIC_BASE_URL: BASE_URL,
      JWT_SECRET: 'e2e-only-secret-not-for-production-0123456789abcdef',
    },
  },
});
