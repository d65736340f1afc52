import type { Page } from '@playwright/test';
import { test, expect, demo } from '../support/fixtures';
import { axeViolations, describeViolations, type AxeViolation } from '../support/axe';
import { snap } from '../support/screenshots';
import { loginForm } from '../support/ui';

/** A phone-sized screen: the storefront is mobile first. */
const PHONE = { width: 360, height: 780 };

interface ProductPage { items: { id: string; name: string }[] }
interface ProductDetail { id: string; name: string; skus: { id: string; priceFen: number; stock: number }[] }
interface Batches { items: { traceCode: string; productId: string }[] }

/** No sideways scrolling at this width (what a 360 px phone would show cut off). */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, 'page is no wider than the screen').toBeLessThanOrEqual(client + 1);
}

/**
 * No serious or critical axe violation inside <main> (the buying pages' own content; the shared
 * header, tab bar and footer are checked by a11y.spec.ts).
 */
async function expectAccessibleMain(page: Page, label: string): Promise<void> {
  await axeViolations(page); // injects axe-core
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: object, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const r = await axe.run({ include: [['main']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target })) }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, `${label}: ${describeViolations(serious)}`).toEqual([]);
}

test.describe('buying', () => {
  test.use({ viewport: PHONE });

  test('search 芒果 → product → cart → log in → checkout with the union coupon → pay in the sandbox cashier → 已支付', async ({ page, api }, testInfo) => {
    // What the shop will show for 芒果, to know how many units reach the coupon's ¥99 minimum.
    const found = await api.get<ProductPage>(`/api/products?q=${encodeURIComponent('芒果')}`);
    expect(found.items.length, 'the demo catalog has mangoes').toBeGreaterThan(0);

    await page.goto('/');
    const search = page.getByRole('combobox', { name: '搜索商品' });
    await search.fill('芒果');
    await search.press('Enter');
    await expect(page).toHaveURL(/\/search\?.*q=/);
    const result = page.locator('main a[href^="/products/"]').filter({ hasText: '芒果' }).first();
    await expect(result).toBeVisible();
    await snap(page, testInfo, 'buy-01-search');
    await result.click();

    await expect(page).toHaveURL(/\/products\/[0-9a-f-]{36}/);
    const productId = page.url().split('/products/')[1].split(/[?#]/)[0];
    const product = await api.get<ProductDetail>(`/api/products/${productId}`);
    const sku = product.skus.find((s) => s.stock > 0)!;
    const units = Math.max(1, Math.ceil(9900 / sku.priceFen));
    await expect(page.getByRole('heading', { level: 1, name: product.name })).toBeVisible();
    await page.getByLabel('购买数量').fill(String(units));
    await page.getByRole('button', { name: '加入购物车' }).click();
    await expect(page.getByText('已加入购物车')).toBeVisible();
    await snap(page, testInfo, 'buy-02-product');

    await page.getByRole('link', { name: '去购物车结算' }).click();
    await expect(page).toHaveURL(/\/cart$/);
    await expect(page.getByRole('region', { name: /合作社/ }).getByText(product.name)).toBeVisible();
    await expect(page.getByTestId('cart-total')).toHaveText(`¥${((sku.priceFen * units) / 100).toFixed(2)}`);
    await snap(page, testInfo, 'buy-03-cart-guest');
    await expectAccessibleMain(page, 'cart');
    await page.getByRole('button', { name: /去结算/ }).click();

    // Checkout needs an account: log in as the demo citizen; the browser cart is merged into hers.
    await expect(page).toHaveURL(/\/login\?redirect=%2Fcheckout/);
    const form = loginForm(page);
    await form.phone.fill(demo.citizen.phone);
    await form.password.fill('Demo@2026');
    await form.inForm.click();
    await expect(page).toHaveURL(/\/checkout$/);
    await expect(page.getByRole('heading', { name: '确认订单' })).toBeVisible();

    const address = page.getByRole('form', { name: '新增收货地址' });
    if (await address.isVisible()) {
      await address.getByLabel('收货人').fill(demo.citizen.name);
      await address.getByLabel('手机号').fill(demo.citizen.phone);
      await address.getByLabel('所在地区').fill('广东省深圳市福田区');
      await address.getByLabel('详细地址').fill('福华三路 88 号 2 栋 1201');
      await address.getByRole('button', { name: '保存地址' }).click();
    }
    await expect(page.getByRole('radiogroup', { name: '收货地址' }).getByRole('radio')).toBeChecked();
    await expect(page.getByText(product.name).first()).toBeVisible();

    const coupon = page.getByRole('radiogroup', { name: '选择工会券' }).getByRole('radio', { name: /深圳市总工会消费帮扶券/ });
    await coupon.check();
    await expect(coupon).toBeChecked();
    await expect(page.getByText('-¥20.00')).toBeVisible();
    const payable = sku.priceFen * units - 2000;
    await expect(page.getByTestId('checkout-payable')).toHaveText(`¥${(payable / 100).toFixed(2)}`);
    await snap(page, testInfo, 'buy-04-checkout');
    await expectAccessibleMain(page, 'checkout');

    await page.getByRole('button', { name: '提交订单' }).click();
    // The local Alipay sandbox's cashier (the payUrl).
    await expect(page).toHaveURL(/\/api\/sandbox\/alipay\//);
    await expect(page.getByRole('button', { name: '确认付款' })).toBeVisible();
    await snap(page, testInfo, 'buy-05-cashier');
    await page.getByRole('button', { name: '确认付款' }).click();

    // Back on the shop's return page: it waits for the notification, then shows 已支付.
    await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}/);
    await expect(page.getByText('支付成功 · 已支付')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(`已支付 ¥${(payable / 100).toFixed(2)}`)).toBeVisible();
    await expect(page.getByText(/深圳市总工会出资/)).toBeVisible();
    await expectNoHorizontalScroll(page);
    await snap(page, testInfo, 'buy-06-paid');
    await expectAccessibleMain(page, 'order');

    // The order list has it, paid, and the coupon is used.
    await page.goto('/orders');
    await expect(page.getByRole('link', { name: new RegExp(product.name) }).first()).toContainText('已支付');
    await snap(page, testInfo, 'buy-07-orders');
    await expectAccessibleMain(page, 'orders');
  });
});

test.describe('scan a trace code', () => {
  test('a phone opens /t/<code> and reads the batch journey', async ({ browser, apiAs }, testInfo) => {
    const supplier = await apiAs(demo.baiseSupplier.phone);
    const batches = await supplier.get<Batches>('/api/supplier/batches');
    expect(batches.items.length, 'the demo co-op has traced batches').toBeGreaterThan(0);
    const { traceCode } = batches.items[0];

    // As a QR scan arrives: a fresh phone browser, nobody logged in.
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    try {
      const phone = await context.newPage();
      const started = Date.now();
      await phone.goto(`/t/${traceCode}`);
      await expect(phone.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(phone.getByText(`追溯码 ${traceCode}`)).toBeVisible();
      expect(Date.now() - started, 'the story shows within ten seconds').toBeLessThan(10_000);
      await expect(phone.getByRole('heading', { name: '批次信息' })).toBeVisible();
      await expect(phone.getByRole('heading', { name: '产地与基地' })).toBeVisible();
      const journey = phone.getByRole('region', { name: '追溯记录' });
      await expect(journey.getByRole('listitem').first()).toBeVisible();
      expect(await journey.getByRole('listitem').count()).toBeGreaterThan(0);
      await expectNoHorizontalScroll(phone);
      // Readable on a phone: body text no smaller than 12 px.
      const smallest = await phone.evaluate(() =>
        Math.min(...Array.from(document.querySelectorAll('main p, main dd, main li')).map((el) => parseFloat(getComputedStyle(el).fontSize))),
      );
      expect(smallest).toBeGreaterThanOrEqual(12);
      await snap(phone, testInfo, 'trace-01-phone');
    } finally {
      await context.close();
    }
  });
});
