import { expect, test } from '../support/fixtures';
import { axeViolations, describeViolations } from '../support/axe';
import { snap } from '../support/screenshots';
import { findProduct, VIEWPORTS } from '../support/shop';

/**
 * Accessibility: axe-core (injected from the axe-core package) finds no serious or critical
 * violation on the storefront's main pages, at 360 px and on a desktop. Each page is checked once
 * its content has loaded; a full-page screenshot of each is kept with the test's output.
 */
test.describe('storefront accessibility (axe)', () => {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    test(`no serious or critical violations — ${name} ${viewport.width}px`, async ({ page, request }, testInfo) => {
      const mango = await findProduct(request, '芒果', { certification: 'ZHENPIN' });
      expect(mango.traceCode, 'the demo mango has a traced batch').toBeTruthy();
      await page.setViewportSize(viewport);
      const pages: { label: string; url: string; ready: () => Promise<void> }[] = [
        { label: 'home', url: '/', ready: () => expect(page.getByRole('heading', { name: '我的城市帮扶' })).toBeVisible() },
        { label: 'search', url: '/search?q=mangguo', ready: () => expect(page.getByRole('status').filter({ hasText: /共 \d+ 件商品/ })).toBeVisible() },
        { label: 'product', url: `/products/${mango.id}`, ready: () => expect(page.getByText('检测合格').first()).toBeVisible() },
        { label: 'trace', url: `/t/${mango.traceCode}`, ready: () => expect(page.getByRole('heading', { name: '追溯记录' })).toBeVisible() },
        { label: 'login', url: '/login', ready: () => expect(page.getByLabel('手机号')).toBeVisible() },
      ];
      const report: string[] = [];
      for (const p of pages) {
        await page.goto(p.url);
        await p.ready();
        await snap(page, testInfo, `a11y-${p.label}-${viewport.width}`);
        const violations = await axeViolations(page);
        if (violations.length) report.push(`${p.label} (${p.url}):\n${describeViolations(violations)}`);
      }
      expect(report, report.join('\n\n')).toEqual([]);
    });
  }
});
