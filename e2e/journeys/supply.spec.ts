import { test, expect, demo } from '../support/fixtures';
import { TINY_PNG, uploadFile } from '../support/files';
import { visibleText } from '../support/ui';

interface Me {
  supplierId: string | null;
}
interface ManagedProduct {
  id: string;
  status: string;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * Supply: a supplier creates a product with a SKU and a 消费帮扶产品认定 and submits it; the operator
 * approves it in the admin's 商品审核; the supplier lists it; shoppers find it in the storefront.
 * The supplier's steps go through the API (the supplier portal's pages are being built in parallel).
 */
test.describe('supply', () => {
  test('a submitted product is approved by the operator, listed and found in the shop', async ({ page, request, apiAs, loginAs }) => {
    const name = `E2E 百色芒果 ${Date.now().toString(36)}`;

    // The supplier creates, certifies and submits a product.
    const supplier = await apiAs(demo.baiseSupplier.phone);
    const me = await supplier.get<Me>('/api/auth/me');
    expect(me.supplierId, 'the demo supplier account belongs to a supplier').toBeTruthy();
    const org = await supplier.get<{ countyCode: string }>(`/api/suppliers/${me.supplierId}`);
    const image = await uploadFile(request, supplier.token!, { name: 'mango.png', mimeType: 'image/png', buffer: TINY_PNG });
    const product = await supplier.post<ManagedProduct>('/api/supplier/products', {
      name,
      category: 'FRUIT',
      description: '右江河谷阳光充足，果肉细腻、香甜多汁。',
      images: [image],
      originCountyCode: org.countyCode,
      storage: 'ROOM',
      coldChain: false,
      saleMonths: [6, 7, 8, 9],
      skus: [{ spec: '5斤装 精品中果', unit: '箱', netWeightGrams: 2500, priceFen: 5990, stock: 120, agencyMinQty: 10 }],
    }, 201);
    const document = await uploadFile(request, supplier.token!);
    await supplier.post(`/api/supplier/products/${product.id}/certifications`, {
      type: 'ASSISTANCE',
      number: `E2E认定〔${new Date().getFullYear()}〕第001号`,
      issuer: '田东县乡村振兴局',
      issuingCountyCode: org.countyCode,
      validFrom: day(-30),
      validTo: day(365),
      linkedHouseholds: 42,
      documentFileId: document,
    }, 201);
    expect((await supplier.post<ManagedProduct>(`/api/supplier/products/${product.id}/submit`)).status).toBe('SUBMITTED');

    // The operator approves it in 商品审核.
    await loginAs('admin', demo.operator.phone);
    await page.goto('/admin/review/products');
    const row = page.getByRole('row').filter({ hasText: name });
    await expect(row).toBeVisible();
    await expect(row.getByText('首次提交')).toBeVisible();
    await row.getByRole('button', { name: '审核' }).click();
    const drawer = page.getByRole('dialog').filter({ hasText: name });
    await expect(drawer.getByRole('cell', { name: '消费帮扶产品认定', exact: true })).toBeVisible();
    await expect(drawer.getByRole('cell', { name: '59.90' })).toBeVisible();
    await drawer.getByRole('button', { name: '审核通过' }).click();
    await page.getByRole('dialog').filter({ hasText: '确认审核通过' }).getByRole('button', { name: '通过' }).click();
    await expect(visibleText(page, `「${name}」已审核通过`)).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: name })).toHaveCount(0);

    // The supplier lists it.
    expect((await supplier.post<ManagedProduct>(`/api/supplier/products/${product.id}/list`)).status).toBe('LISTED');

    // A shopper finds it in the storefront's product list and opens its page.
    await page.goto('/categories');
    await page.getByRole('searchbox', { name: '搜索商品' }).fill(name);
    await page.getByRole('button', { name: '搜索' }).click();
    const card = page.getByRole('link').filter({ hasText: name });
    await expect(card).toBeVisible();
    await expect(card).toContainText('¥59.90');
    await card.click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByText('联结带动脱贫户')).toContainText('42');
    await expect(page.getByRole('radio', { name: /5斤装 精品中果/ })).toContainText('库存 120');
    await expect(page.getByRole('button', { name: '加入购物车' })).toBeDisabled();
  });
});
