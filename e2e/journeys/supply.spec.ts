import type { Locator, Page } from '@playwright/test';
import { test, expect, demo } from '../support/fixtures';
import { TINY_PDF, TINY_PNG } from '../support/files';
import { login, visibleText } from '../support/ui';

/** The demo supplier's registered county, the product's origin and the certificate's issuing county. */
const ORIGIN = { code: '451022', name: '田东县' };

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Opens an Ant Design select and clicks the option showing `option` (its dropdown is the newest on the page). */
async function choose(page: Page, field: Locator, option: RegExp): Promise<void> {
  await field.click();
  await page.getByText(option).filter({ visible: true }).last().click();
}

/** Answers a Popconfirm opened by `trigger` with its confirm button. */
async function confirmPopover(page: Page, trigger: Locator, question: string, confirm: string): Promise<void> {
  await trigger.click();
  const popover = page.getByRole('tooltip').filter({ hasText: question });
  await popover.getByRole('button', { name: confirm, exact: true }).click();
  await expect(popover).toBeHidden();
}

/**
 * Supply: in the admin's 供应商中心 a supplier creates a product with a SKU, adds a 消费帮扶产品认定 and
 * submits it; the operator approves it in 商品审核; the supplier lists it; shoppers find it in the
 * storefront. Supplier and operator each have their own browser context.
 */
test.describe('supply', () => {
  test('a supplier submits a product in the admin, the operator approves it, the supplier lists it and the shop shows it', async ({ page, loginAs, newPage }) => {
    const name = `E2E 百色芒果 ${Date.now().toString(36)}`;
    const certNumber = `E2E认定〔${new Date().getFullYear()}〕第${Date.now() % 1000}号`;
    const spec = '5斤装 精品中果';
    const [validFrom, validTo] = [day(-30), day(365)];

    // The supplier opens 商品管理 and creates a product with one SKU and a cover image.
    await loginAs('admin', demo.baiseSupplier.phone);
    const supplierCenter = page.getByRole('menuitem', { name: '供应商中心' });
    await expect(supplierCenter).toBeVisible();
    if ((await supplierCenter.getAttribute('aria-expanded')) !== 'true') await supplierCenter.click();
    await page.getByRole('menuitem', { name: '商品管理' }).click();
    await expect(page).toHaveURL(/\/admin\/supplier\/products$/);
    await page.getByRole('button', { name: '新建商品' }).click();
    await expect(page).toHaveURL(/\/admin\/supplier\/products\/new$/);

    await page.getByLabel('商品名称').fill(name);
    await page.getByLabel('商品图片').setInputFiles({ name: 'mango.png', mimeType: 'image/png', buffer: TINY_PNG });
    await expect(page.getByRole('img', { name: '封面' })).toBeVisible();
    await page.getByLabel('商品介绍').fill('右江河谷阳光充足，果肉细腻、香甜多汁。');
    await choose(page, page.getByLabel('产地县'), new RegExp(`${ORIGIN.name}（${ORIGIN.code}）`));
    for (const month of ['6月', '7月', '8月', '9月']) await page.getByRole('checkbox', { name: month, exact: true }).check();
    await page.getByLabel('规格', { exact: true }).fill(spec);
    await expect(page.getByLabel('单位', { exact: true })).toHaveValue('箱');
    await page.getByLabel('净含量').fill('2500');
    await page.getByLabel('价格（元）').fill('59.90');
    await page.getByLabel('库存', { exact: true }).fill('120');
    await page.getByLabel('单位起订量').fill('10');
    await page.getByRole('button', { name: '保存草稿' }).click();

    // The draft's page: the SKU is there, the certificate comes next.
    await expect(page).toHaveURL(/\/admin\/supplier\/products\/[^/]+$/);
    await expect(visibleText(page, name)).toBeVisible();
    const skuRow = page.getByRole('row').filter({ hasText: spec });
    await expect(skuRow).toContainText('59.90');
    await expect(skuRow).toContainText('箱');

    // The supplier adds the 消费帮扶产品认定, issued by the origin county.
    await page.getByRole('button', { name: '上传证书' }).click();
    const certDialog = page.getByRole('dialog', { name: '上传证书' });
    await expect(certDialog.getByText('消费帮扶产品认定', { exact: true })).toBeVisible();
    await certDialog.getByLabel('证书编号').fill(certNumber);
    await certDialog.getByLabel('发证机构').fill(`${ORIGIN.name}乡村振兴局`);
    // Searchable: type the code, Enter takes the only match (the field starts at the product's county).
    await certDialog.getByLabel('认定县').fill(ORIGIN.code);
    await certDialog.getByLabel('认定县').press('Enter');
    await expect(certDialog.getByTitle(new RegExp(`${ORIGIN.name}（${ORIGIN.code}）`))).toBeVisible();
    await certDialog.getByLabel('联结带动脱贫户数').fill('42');
    await certDialog.getByLabel('有效期').click();
    await page.keyboard.type(validFrom);
    await page.keyboard.press('Enter');
    await page.keyboard.type(validTo);
    await page.keyboard.press('Enter');
    await expect(certDialog.getByLabel('有效期')).toHaveValue(validFrom);
    await certDialog.getByLabel('证书文件').setInputFiles({ name: 'certificate.pdf', mimeType: 'application/pdf', buffer: TINY_PDF });
    await expect(certDialog.getByRole('link', { name: 'certificate.pdf' })).toBeVisible();
    await certDialog.getByRole('button', { name: '提交', exact: true }).click();
    await expect(certDialog).toBeHidden();
    const certRow = page.getByRole('row').filter({ hasText: certNumber });
    await expect(certRow).toContainText('消费帮扶产品认定');
    await expect(certRow).toContainText(`${validFrom} 至 ${validTo}`);
    await expect(certRow).toContainText('42 户');

    // … and submits the product for review.
    await confirmPopover(page, page.getByRole('button', { name: '提交审核' }), '确定提交', '提交审核');
    await expect(visibleText(page, '商品正在审核中')).toBeVisible();

    // The operator approves it in 商品审核.
    const operator = await newPage();
    await login(operator, 'admin', demo.operator.phone);
    await operator.goto('/admin/review/products');
    const row = operator.getByRole('row').filter({ hasText: name });
    await expect(row).toBeVisible();
    await expect(row.getByText('首次提交')).toBeVisible();
    await row.getByRole('button', { name: '审核' }).click();
    const drawer = operator.getByRole('dialog').filter({ hasText: name });
    await expect(drawer.getByRole('cell', { name: '消费帮扶产品认定', exact: true })).toBeVisible();
    await expect(drawer.getByRole('cell', { name: '59.90' })).toBeVisible();
    await drawer.getByRole('button', { name: '审核通过' }).click();
    await operator.getByRole('dialog').filter({ hasText: '确认审核通过' }).getByRole('button', { name: '通过' }).click();
    await expect(visibleText(operator, `「${name}」已审核通过`)).toBeVisible();
    await expect(operator.getByRole('row').filter({ hasText: name })).toHaveCount(0);

    // The supplier sees the approval in 商品管理 and lists the product from its page.
    await page.getByRole('menuitem', { name: '商品管理' }).click();
    const listRow = page.getByRole('row').filter({ hasText: name });
    await expect(listRow.getByText('审核通过', { exact: true })).toBeVisible();
    await listRow.getByRole('link', { name: '管理' }).click();
    await expect(page.getByRole('button', { name: '上架', exact: true })).toBeEnabled();
    await confirmPopover(page, page.getByRole('button', { name: '上架', exact: true }), '确定上架', '上架');
    await expect(visibleText(page, '已上架')).toBeVisible();
    await expect(page.getByRole('button', { name: '下架', exact: true })).toBeVisible();
    await expect(page.getByText('在售', { exact: true }).first()).toBeVisible();

    // A shopper finds it in the storefront's product list and opens its page.
    const shopper = await newPage();
    await shopper.goto('/categories');
    // The search field is a combobox (it suggests as you type).
    await shopper.getByRole('combobox', { name: '搜索商品' }).fill(name);
    await shopper.getByRole('button', { name: '搜索' }).click();
    const card = shopper.getByRole('link').filter({ hasText: name });
    await expect(card).toBeVisible();
    await expect(card).toContainText('¥59.90');
    await card.click();
    await expect(shopper.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(shopper.getByRole('region', { name: '产地故事' }).getByText('联结带动脱贫户')).toContainText('42');
    await expect(shopper.getByRole('radio', { name: /5斤装 精品中果/ })).toContainText('库存 120');
    // In stock, so the cart (wired by the buying side) takes it.
    await expect(shopper.getByRole('button', { name: '加入购物车' })).toBeEnabled();
  });
});
