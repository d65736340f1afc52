import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';

/**
 * Saves a full-page screenshot as a CI artifact: `e2e/test-results/screenshots/<name>.png` (the
 * Playwright output folder, which .gitignore keeps out of git), and attaches it to the report.
 */
export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = join(testInfo.project.outputDir, 'screenshots', `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}
