import { expect, test } from '../support/fixtures';
import { snap } from '../support/screenshots';
import { VIEWPORTS } from '../support/shop';

/**
 * Discovery on a 360 px phone: pinyin in the search box (suggestions as you type), the 圳品 facet,
 * the product page's origin story (county ↔ eastern district diagram, base, households) and the
 * latest batch's inspection, then on to that batch's trace page.
 */
test('search by pinyin, filter by facet, read the origin story and the latest inspection', async ({ page }, testInfo) => {
  await page.setViewportSize(VIEWPORTS.phone);
  await page.goto('/');
  const box = page.getByRole('combobox', { name: '搜索商品' });
  await box.fill('bsmg');
  // Initials of 百色芒果 suggest the mango products while typing.
  await expect(page.getByRole('option', { name: /百色芒果/ }).first()).toBeVisible();
  await box.fill('mangguo');
  await expect(page.getByRole('option', { name: /芒果/ }).first()).toBeVisible();
  await box.press('Enter');

  await expect(page).toHaveURL(/\/search\?q=mangguo/);
  await expect(page.getByRole('heading', { name: '搜索「mangguo」' })).toBeVisible();
  // Each result is a direct <li> of the list (cards hold their own lists of badges).
  const results = page.getByRole('list', { name: '搜索结果' }).locator(':scope > li');
  await expect(results.first()).toBeVisible();
  const before = await results.count();
  expect(before).toBeGreaterThan(1);
  await expect(results.filter({ hasText: '芒果' })).toHaveCount(before);

  await page.getByRole('group', { name: '认证' }).getByRole('button', { name: /^圳品/ }).click();
  await expect(page).toHaveURL(/certification=ZHENPIN/);
  await expect(page.getByRole('button', { name: '移除筛选：圳品' })).toBeVisible();
  await expect(results).toHaveCount(1);
  await page.getByRole('button', { name: '销量' }).click();
  await expect(page).toHaveURL(/sort=sales/);
  await snap(page, testInfo, 'discovery-search-360');

  await results.first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: /百色芒果/ })).toBeVisible();
  // Certifications as badges with their numbers; SKU prices in yuan.
  await expect(page.getByRole('list', { name: '认证' }).getByText(/编号 /).first()).toBeVisible();
  await expect(page.getByRole('radio').first()).toContainText('¥');

  const origin = page.getByRole('region', { name: '产地故事' });
  const diagram = origin.getByRole('img', { name: '东西部结对示意图' });
  await expect(diagram).toBeVisible();
  await expect(diagram.locator('desc')).toHaveText(/田东县.*深圳市坪山区/);
  await expect(origin.getByRole('list', { name: '结对的东部帮扶方' })).toContainText('深圳市坪山区');
  await expect(origin).toContainText('祥周镇芒果供深基地');
  await expect(origin).toContainText(/联结带动脱贫户 \d+ 户/);

  const inspection = page.getByRole('region', { name: '最新批次检测' });
  await expect(inspection.getByText('检测合格')).toBeVisible();
  await expect(inspection.getByRole('list', { name: '检测项目' }).getByRole('listitem').first()).toBeVisible();
  await snap(page, testInfo, 'discovery-product-360');

  await inspection.getByRole('link', { name: /查看该批次完整追溯/ }).click();
  await expect(page).toHaveURL(/\/t\/[0-9A-Z]{16}$/);
  await expect(page.getByRole('heading', { name: '追溯记录' })).toBeVisible();

  await page.setViewportSize(VIEWPORTS.desktop);
  await page.goBack();
  await expect(page.getByRole('region', { name: '产地故事' })).toBeVisible();
  await snap(page, testInfo, 'discovery-product-1280');
});

test('an empty search helps: remove a filter, or go to a popular zone', async ({ page }) => {
  await page.goto('/search?q=mangguo&category=TEA');
  await expect(page.getByRole('heading', { name: '没有找到与「mangguo」相关的商品' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '热门专区' }).getByRole('link', { name: '百色芒果季' })).toBeVisible();
  await page.getByRole('button', { name: '去掉「茶叶」' }).click();
  await expect(page.getByRole('list', { name: '搜索结果' }).locator(':scope > li').first()).toBeVisible();
});
