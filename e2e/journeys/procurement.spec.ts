import type { Locator, Page } from '@playwright/test';
import { test, expect, demo } from '../support/fixtures';
import { snap } from '../support/screenshots';
import { login } from '../support/ui';

/** 深圳市福田区机关事务管理局's manager (demo seed); the buyer and approver are in accounts.ts. */
const AGENCY_MANAGER = '13800000007';
const AGENCY_NAME = '深圳市福田区机关事务管理局';

/**
 * Two SKUs of the Baise mango co-op's 田东芒果干 (demo catalog, stock 1000 bags and 200 boxes): a run
 * takes 60 bags and 10 boxes, so repeated runs in one database leave plenty for the other journeys.
 */
const PRODUCT = '田东芒果干';
const BAGS = { spec: '200克 袋装', priceFen: 1990, min: 50, ordered: 60, received: 58 };
const BOXES = { spec: '200克×6袋 礼盒', priceFen: 9900, min: 10, ordered: 10, received: 10, dealFen: 9500 };

const orderedFen = BAGS.priceFen * BAGS.ordered + BOXES.priceFen * BOXES.ordered; // ¥2184.00
const confirmedFen = BAGS.priceFen * BAGS.ordered + BOXES.dealFen * BOXES.ordered; // ¥2144.00 (the box price lowered)
const acceptedFen = BAGS.priceFen * BAGS.received + BOXES.dealFen * BOXES.received; // ¥2104.20 (two bags short)

/** The storefront's money: ¥2104.20. */
const fen = (n: number) => `¥${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;
/** The admin (agency, supplier and operator pages): ¥2,104.20. */
const yuan = (n: number) => {
  const [int, dec] = fen(n).slice(1).split('.');
  return `¥${int.replace(/\B(?=(\d{3})+$)/g, ',')}.${dec}`;
};

/** Ant Design spaces out a two-character CJK button label ("确 认"). */
const label = (text: string) => new RegExp(`^\\s*${[...text].join('\\s*')}\\s*$`);

/** Quota year in Beijing time (what the backend counts acceptances by). */
const beijingYear = () => Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));

interface Me { agencyId: string | null }
interface Quota { purchasedFen: number; reservedFen: number; countedOrderCount: number }
interface Order { id: string; orderNo: string; status: string; goodsFen: number; confirmedFen: number | null; acceptedFen: number | null }

/**
 * Shows page `n` of an Ant Design table's pagination inside `scope` (a shared database may hold more
 * rows than one page); page 1 needs no click.
 */
async function showPage(scope: Page | Locator, n: number): Promise<void> {
  if (n <= 1) return;
  await scope.getByTitle(String(n), { exact: true }).click();
}

/** The <dd> after the <dt> with this text (the storefront's key/value lists). */
const valueOf = (scope: Page | Locator, term: string) => scope.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');

/**
 * Agency procurement: a canteen buyer builds a bulk order in the storefront and submits it; the
 * agency's approver approves it in the admin; the supplier confirms it (lowering one price) and
 * ships it; the buyer accepts it with one line short; the agency manager's 份额进度 and the
 * operator's 份额监测 show the quota moved by exactly the accepted amount. One browser context each.
 */
test.describe('agency procurement', () => {
  // Five actors, each logging in through a UI, on a machine other work shares: allow more than the default minute.
  test.setTimeout(120_000);

  test('buyer orders in bulk → approver approves → supplier confirms and ships → buyer accepts → the quota moves by the accepted amount', async ({ page, apiAs, newPage }, testInfo) => {
    const year = beijingYear();
    const manager = await apiAs(AGENCY_MANAGER);
    const { agencyId } = await manager.get<Me>('/api/auth/me');
    expect(agencyId, 'the demo manager belongs to an agency').toBeTruthy();
    const before = await manager.get<Quota>(`/api/agencies/${agencyId}/quota?year=${year}`);

    // The buyer's procurement home shows the agency and this year's quota as it stands.
    await login(page, 'storefront', demo.canteenBuyer.phone);
    await page.goto('/procurement');
    await expect(page.getByRole('heading', { level: 1, name: '单位食堂采购' })).toBeVisible();
    await expect(page.getByRole('heading', { name: AGENCY_NAME })).toBeVisible();
    const quotaCard = page.getByRole('region', { name: `${year} 年预留份额完成情况` });
    await expect(valueOf(quotaCard, '已计入采购')).toHaveText(fen(before.purchasedFen));
    await snap(page, testInfo, 'procurement-01-home');
    await page.getByRole('navigation', { name: '采购功能' }).getByRole('link', { name: '新建采购单' }).click();
    await expect(page).toHaveURL(/\/procurement\/new$/);

    // Bulk order: both SKUs of the mango chips, added at their agency minimums, the bags raised.
    const picker = page.getByRole('region', { name: '选择商品' });
    await picker.getByRole('searchbox', { name: '搜索商品' }).fill(PRODUCT);
    const product = picker.getByRole('button', { name: new RegExp(`^${PRODUCT} `) });
    await expect(product).toBeVisible();
    await product.click();
    await expect(product).toHaveAttribute('aria-expanded', 'true');
    for (const sku of [BAGS, BOXES]) {
      const add = picker.getByRole('button', { name: `加入采购单：${PRODUCT} ${sku.spec}` });
      await add.click();
      await expect(add).toHaveText('已加入');
    }
    const list = page.getByRole('region', { name: '采购清单' });
    const bags = list.getByRole('spinbutton', { name: `采购数量 ${PRODUCT} ${BAGS.spec}` });
    await expect(bags).toHaveValue(String(BAGS.min));
    await expect(list.getByRole('spinbutton', { name: `采购数量 ${PRODUCT} ${BOXES.spec}` })).toHaveValue(String(BOXES.min));
    await expect(list.getByRole('heading', { name: '田东县祥周镇芒果种植专业合作社' })).toBeVisible();
    // Below the agency minimum the line says so and the order can't be submitted.
    const submit = page.getByRole('button', { name: '提交采购单' });
    await bags.fill(String(BAGS.min - 10));
    await expect(list.getByRole('alert')).toHaveText(`低于起订量 ${BAGS.min}袋`);
    await expect(submit).toBeDisabled();
    await bags.fill(String(BAGS.ordered));
    await expect(list.getByRole('alert')).toHaveCount(0);
    await expect(page.getByText('参考金额')).toContainText(fen(orderedFen));

    const delivery = page.getByRole('region', { name: '收货与用途' });
    await expect(delivery.getByLabel('收货食堂')).toHaveValue(/.+/);
    await expect(valueOf(delivery, '收货地址')).toContainText('福田区');
    await expect(delivery.getByRole('radio', { name: '食堂采购' })).toBeChecked();
    await delivery.getByLabel('备注（选填）').fill('E2E 采购：请于上午送达食堂仓库');
    await snap(page, testInfo, 'procurement-02-builder');
    await expect(submit).toBeEnabled();
    await submit.click();

    // One supplier, so one order, waiting for the agency's approver.
    await expect(page.getByRole('status').filter({ hasText: '采购单已提交' })).toContainText('共 1 张采购单');
    const submitted = page.getByRole('list', { name: '已提交的采购单' }).getByRole('listitem');
    await expect(submitted).toHaveCount(1);
    await expect(submitted).toContainText('待审批');
    await expect(submitted).toContainText(`等待本单位审批人审批 · 金额 ${fen(orderedFen)}`);
    const orderLink = submitted.getByRole('link', { name: /^查看采购单 / });
    const orderNo = (await orderLink.textContent())!.replace('查看采购单', '').trim();
    const orderId = (await orderLink.getAttribute('href'))!.split('/').pop()!;
    expect(orderNo).not.toBe('');
    await snap(page, testInfo, 'procurement-03-submitted');

    // The approver finds it in 采购审批, reads it in the drawer and approves it.
    // The queue is oldest first, 20 a page: ours is on the last page.
    const queue = await (await apiAs(demo.agencyApprover.phone)).get<{ total: number }>('/api/procurement/approvals');
    const approver = await newPage();
    await login(approver, 'admin', demo.agencyApprover.phone);
    await approver.goto('/admin/agency/approvals');
    await expect(approver.getByText(`共 ${queue.total} 单待审批`)).toBeVisible();
    await showPage(approver, Math.ceil(queue.total / 20));
    const pendingRow = approver.getByRole('row').filter({ hasText: orderNo });
    await expect(pendingRow).toContainText(yuan(orderedFen));
    await expect(pendingRow).toContainText('田东县祥周镇芒果种植专业合作社');
    await pendingRow.getByRole('button', { name: orderNo }).click();
    const drawer = approver.getByRole('dialog', { name: '审批采购订单' });
    await expect(drawer.getByRole('row').filter({ hasText: BAGS.spec })).toContainText(`${BAGS.ordered} 袋`);
    await expect(drawer.getByRole('row').filter({ hasText: BOXES.spec })).toContainText(`${BOXES.ordered} 盒`);
    await expect(drawer.getByText('待审批', { exact: true })).toBeVisible();
    await snap(approver, testInfo, 'procurement-04-approval');
    await drawer.getByRole('button', { name: label('通过') }).click();
    await expect(approver.getByText(`已通过 ${orderNo}，等待供应商确认`)).toBeVisible();
    await expect(approver.getByRole('row').filter({ hasText: orderNo })).toHaveCount(0);

    // The co-op confirms it from 单位采购订单 (待确认), lowering the gift box's price, then ships it.
    const supplier = await newPage();
    await login(supplier, 'admin', demo.baiseSupplier.phone);
    await supplier.goto('/admin/supplier/procurement-orders');
    await supplier.getByRole('tab', { name: '待确认' }).click();
    const toConfirm = supplier.getByRole('row').filter({ hasText: orderNo });
    await expect(toConfirm).toContainText(AGENCY_NAME);
    await toConfirm.getByRole('link', { name: orderNo }).click();
    await expect(supplier).toHaveURL(new RegExp(`/admin/supplier/procurement-orders/${orderId}$`));
    await expect(supplier.getByTestId('confirm-countdown')).toBeVisible();
    await supplier.getByRole('button', { name: '确认订单' }).click();
    const confirm = supplier.getByRole('dialog', { name: `确认订单 ${orderNo}` });
    const boxPrice = confirm.getByLabel(`${PRODUCT}（${BOXES.spec}）成交单价`);
    await expect(boxPrice).toHaveValue('99.00');
    await boxPrice.fill('100.00');
    await expect(confirm.getByText('不能高于下单价 ¥99.00，只能降价')).toBeVisible();
    await boxPrice.fill((BOXES.dealFen / 100).toFixed(2));
    await expect(confirm.getByTestId('confirm-total')).toHaveText(yuan(confirmedFen));
    await expect(confirm).toContainText(`让利 ${yuan(orderedFen - confirmedFen)}`);
    await snap(supplier, testInfo, 'procurement-05-confirm');
    await confirm.getByRole('button', { name: label('确认') }).click();
    await expect(supplier.getByText('订单已确认，采购合同已生成')).toBeVisible();
    await expect(confirm).toBeHidden();
    await expect(supplier.getByRole('cell', { name: '已确认', exact: true })).toBeVisible();
    await expect(supplier.getByRole('cell', { name: yuan(confirmedFen), exact: true })).toBeVisible();
    await expect(supplier.getByRole('button', { name: '下载采购合同' })).toBeVisible();
    await supplier.getByRole('button', { name: label('发货') }).click();
    const ship = supplier.getByRole('dialog', { name: `发货 ${orderNo}` });
    const trackingNo = `E2E${Date.now().toString(36).toUpperCase()}`;
    await ship.getByLabel('物流公司').fill('自有车辆配送');
    await ship.getByLabel('运单号').fill(trackingNo);
    await ship.getByRole('button', { name: label('确认') }).click();
    await expect(ship).toBeHidden();
    await expect(supplier.getByRole('cell', { name: '已发货', exact: true })).toBeVisible();
    await expect(supplier.getByText(`承运：自有车辆配送；单号：${trackingNo}`)).toBeVisible();
    await expect(supplier.getByRole('button', { name: label('发货') })).toHaveCount(0);
    await snap(supplier, testInfo, 'procurement-06-shipped');

    // The buyer opens the order, sees the deal price, and accepts it with two bags short.
    await page.goto(`/procurement/orders/${orderId}`);
    await expect(page.getByRole('heading', { level: 1, name: '采购单详情' })).toBeVisible();
    await expect(valueOf(page, '采购单号')).toHaveText(orderNo);
    await expect(valueOf(page, '成交金额')).toHaveText(fen(confirmedFen));
    await expect(page.getByRole('region', { name: '采购明细' })).toContainText('（供应商确认降价）');
    const acceptance = page.getByRole('region', { name: '到货验收' });
    await acceptance.getByRole('button', { name: '验收' }).click();
    const form = page.getByRole('form', { name: '验收单' });
    await expect(form.getByTestId('accepted-amount')).toHaveText(fen(confirmedFen));
    await form.getByLabel(`实收数量 ${PRODUCT}（${BAGS.spec}）`).fill(String(BAGS.received));
    await form.getByLabel(`短缺说明 ${PRODUCT}（${BAGS.spec}）`).fill('2袋外包装破损，已拍照');
    await expect(form.getByTestId('accepted-amount')).toHaveText(fen(acceptedFen));
    await snap(page, testInfo, 'procurement-07-accept');
    await form.getByRole('button', { name: '确认验收' }).click();
    const record = page.getByRole('region', { name: '验收记录' });
    await expect(record).toContainText(`验收金额 ${fen(acceptedFen)}`);
    await expect(valueOf(page, '验收金额')).toContainText(fen(acceptedFen));
    await expect(page.getByRole('region', { name: '采购明细' })).toContainText(`实收 ${BAGS.received}袋 · 验收 ${fen(BAGS.priceFen * BAGS.received)}`);
    await snap(page, testInfo, 'procurement-08-accepted');

    // What the API says: the order is accepted at that amount, and the quota moved by exactly it.
    const buyer = await apiAs(demo.canteenBuyer.phone);
    const order = await buyer.get<Order>(`/api/procurement/orders/${orderId}`);
    expect(order).toMatchObject({ status: 'ACCEPTED', goodsFen: orderedFen, confirmedFen, acceptedFen });
    const after = await manager.get<Quota>(`/api/agencies/${agencyId}/quota?year=${year}`);
    expect(after.purchasedFen - before.purchasedFen, 'the quota counts exactly the accepted amount').toBe(acceptedFen);
    expect(after.countedOrderCount).toBe(before.countedOrderCount + 1);

    // The agency manager's 份额进度 shows the new figure, and the order behind it.
    const managerPage = await newPage();
    await login(managerPage, 'admin', AGENCY_MANAGER);
    await managerPage.goto('/admin/agency/quota');
    const purchased = managerPage.getByTestId('quota-purchased');
    await expect(purchased).toHaveText(yuan(after.purchasedFen));
    expect(yuan(after.purchasedFen)).not.toBe(yuan(before.purchasedFen));
    await expect(managerPage.getByTestId('quota-reserved')).toHaveText(yuan(before.reservedFen));
    // The monthly trend chart (lazy-loaded echarts) draws instead of crashing the page.
    await expect(managerPage.locator('canvas').first()).toBeVisible();
    await snap(managerPage, testInfo, 'procurement-09-quota-manager');
    // Its figure opens the orders it sums (acceptance day, then order number; 50 a page).
    const countedList = await manager.get<{ items: { orderNo: string }[] }>(`/api/agencies/${agencyId}/quota/orders?year=${year}&pageSize=500`);
    const position = countedList.items.findIndex((o) => o.orderNo === orderNo);
    expect(position, 'the accepted order is among the counted ones').toBeGreaterThanOrEqual(0);
    await purchased.click();
    const counted = managerPage.getByRole('dialog', { name: `${year} 年全年计入份额的订单` });
    await expect(counted.getByTestId('counted-total')).toHaveText(yuan(after.purchasedFen));
    await showPage(counted, Math.floor(position / 50) + 1);
    await expect(counted.getByRole('row').filter({ hasText: orderNo })).toContainText(yuan(acceptedFen));

    // The operator's 份额监测 ranks the agency with the same figure.
    const operator = await newPage();
    await login(operator, 'admin', demo.operator.phone);
    await operator.goto('/admin/procurement-ops/quota');
    const ranked = operator.getByRole('row').filter({ hasText: AGENCY_NAME });
    await expect(ranked.getByRole('button', { name: `查看${AGENCY_NAME}计入份额的订单` })).toHaveText(yuan(after.purchasedFen));
    await snap(operator, testInfo, 'procurement-10-quota-operator');

    // And the buyer's own procurement home.
    await page.goto('/procurement');
    await expect(valueOf(page.getByRole('region', { name: `${year} 年预留份额完成情况` }), '已计入采购')).toHaveText(fen(after.purchasedFen));
  });
});
