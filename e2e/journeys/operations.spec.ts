import { readFileSync } from 'node:fs';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { test, expect, demo } from '../support/fixtures';
import { expectStatus } from '../support/api';
import { snap } from '../support/screenshots';
import { login } from '../support/ui';
import { isZip, readWorkbook, type Cell } from '../support/xlsx';

/**
 * What the journey sells: one box of the Zhaotong apple co-op's 高原红富士 (昭阳区; demo catalog, stock 400; no
 * other journey buys it), restocked by the co-op's demo staff afterwards so repeated runs in one
 * database never run it down.
 */
const APPLE = { query: '昭通苹果', product: '昭通苹果 高原红富士', spec: '10斤装 80mm以上', county: '530602', base: '洒渔镇高原苹果基地', staff: { phone: '13800000009', name: '陈国富' } };

interface Measures { salesFen: number; quantity: number; orderCount: number }
interface RangeView<T> { from: string; to: string; items: T[]; total: Measures }
type MonthRow = Measures & { month: string };
type CountyRow = Measures & { countyCode: string; countyName: string; prefectureName: string; provinceName: string };
type HelperRow = Measures & { helperUnitId: string | null; helperName: string; city: string | null };
type BuyerTypeRow = Measures & { buyerType: string; label: string };
type ProductRow = Measures & { rank: number; productId: string; productName: string; countyName: string };
interface ResultRow { key: string | null; name: string; parent: string | null; salesFen: number; orderCount: number; buyingUnits: number; agencyUnits: number; supplierCount: number; linkedHouseholds: number; couponFen: number; subsidyFen: number }
interface BaseRow { baseId: string; baseName: string; soldUnits: number; tracedUnits: number; coverage: number | null }
interface BaseDetail extends BaseRow { batches: { batchId: string; batchNo: string; traceCode: string; productName: string; complete: boolean; journey: { label: string; at: string | null }[]; soldUnits: number }[] }
interface AuditEntry { id: string; at: string; actorName: string; action: string; subjectId: string; summary: string; before: { stock: number } | null; after: { stock: number } | null }
interface ProductDetail { id: string; name: string; skus: { id: string; name: string; priceFen: number; stock: number }[] }

/** The admin's report money (admin/src/features/reports/format.ts): ¥1,234.50. */
const yuan = (fen: number) => {
  const s = String(Math.abs(fen) % 100).padStart(2, '0');
  return `${fen < 0 ? '-' : ''}¥${Math.floor(Math.abs(fen) / 100).toLocaleString('en-US')}.${s}`;
};
const int = (n: number) => n.toLocaleString('zh-CN');
const percent = (share: number | null) => (share === null ? '未售出' : `${(share * 100).toFixed(1)}%`);

/** Today and a moment as Beijing time shows them (the backend's business day; the browser runs in Asia/Shanghai). */
const beijing = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 19);
const todayInBeijing = () => beijing(new Date()).slice(0, 10);

/** Ant Design spaces out two CJK characters in a button ("查 询"). */
const spaced = (label: string) => new RegExp(`^\\s*${[...label].join('\\s*')}\\s*$`);

/** Opens a side-menu group (if closed) and clicks one of its entries. */
async function openMenu(page: Page, group: string, entry: string): Promise<void> {
  const submenu = page.getByRole('menuitem', { name: group });
  if ((await submenu.getAttribute('aria-expanded')) !== 'true') await submenu.click();
  await page.getByRole('menuitem', { name: entry }).click();
}

/** The table row holding `label` (a link or text in its first cells), checked cell by cell. */
async function expectRow(table: Locator, label: string | RegExp, cells: (string | RegExp)[]): Promise<void> {
  const row = table.locator('tr').filter({ has: table.page().getByRole('cell', { name: label, exact: true }) }).first();
  await expect(row.getByRole('cell'), `row ${label}`).toHaveText(cells);
}

/** Pays an order through the local Alipay sandbox, as its cashier's 确认付款 does. */
async function payInSandbox(request: APIRequestContext, payUrl: string): Promise<void> {
  const cashier = await request.get(payUrl);
  await expectStatus(cashier, 200);
  const action = /action="([^"]+\/pay)"/.exec(await cashier.text())?.[1];
  expect(action, 'the sandbox cashier has a 确认付款 form').toBeTruthy();
  const paid = await request.post(action!.replace(/&amp;/g, '&'), { maxRedirects: 0 });
  expect(paid.status(), 'the cashier redirects back to the shop once paid').toBe(303);
}

/**
 * The horizontal bars of a bar chart's canvas, top to bottom, as the CSS pixel at each bar's middle
 * (from the canvas pixels painted in the bar colour).
 */
async function barCentres(canvas: Locator, rgb: [number, number, number]): Promise<{ x: number; y: number }[]> {
  return canvas.evaluate((el, [r, g, b]) => {
    const c = el as HTMLCanvasElement;
    const ctx = c.getContext('2d')!;
    const { data, width, height } = ctx.getImageData(0, 0, c.width, c.height);
    const scale = c.width / c.getBoundingClientRect().width;
    const bands: { top: number; bottom: number; left: number; right: number }[] = [];
    let open: (typeof bands)[number] | null = null;
    for (let y = 0; y < height; y++) {
      let left = -1;
      let right = -1;
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        if (Math.abs(data[i] - r) < 8 && Math.abs(data[i + 1] - g) < 8 && Math.abs(data[i + 2] - b) < 8 && data[i + 3] > 240) {
          if (left < 0) left = x;
          right = x;
        }
      }
      if (left >= 0) {
        if (open) Object.assign(open, { bottom: y, left: Math.min(open.left, left), right: Math.max(open.right, right) });
        else bands.push((open = { top: y, bottom: y, left, right }));
      } else open = null;
    }
    return bands.filter((s) => s.bottom - s.top >= 2).map((s) => ({ x: (s.left + s.right) / 2 / scale, y: (s.top + s.bottom) / 2 / scale }));
  }, rgb);
}

/** Saves the browser's download and reads it as a workbook, checking it is one. */
async function downloadWorkbook(page: Page, button: Locator, filename: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toBe(filename);
  const path = await download.path();
  const file = readFileSync(path);
  expect(isZip(file), 'the export is a ZIP (.xlsx) file').toBe(true);
  expect(file.length, 'the export is a real workbook, not an error page').toBeGreaterThan(2000);
  return readWorkbook(file);
}

/** The data row of a sheet whose first cell is `key`, as header → value. */
function sheetRow(rows: Cell[][], key: string): Record<string, Cell> {
  const header = rows.findIndex((r) => r.includes('销售额（元）') || r.includes('售出件数'));
  expect(header, 'the sheet has a header row').toBeGreaterThanOrEqual(0);
  const row = rows.slice(header + 1).find((r) => r[0] === key);
  expect(row, `the sheet has a row for ${key}`).toBeTruthy();
  return Object.fromEntries(rows[header].map((h, i) => [String(h), row![i]]));
}

/**
 * Operations: the cooperation office's console. A citizen buys a box of apples (paid in the local
 * Alipay sandbox) and the co-op restocks it; the operator opens 数据看板, picks this month, checks each
 * chart's table (and the county chart's bars) against /api/admin/reports, exports the county table to
 * Excel and finds the same figure in the file, drills down from the county's bar to 帮扶成效 and from
 * 追溯覆盖 to the apple base, its batch and the batch's public trace page (exporting the batches too),
 * and finds the co-op's restock in 操作日志.
 */
test.describe('operations', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('a sale reaches the operator: dashboard for a period, tables = API, Excel export, drill-downs, audit log', async ({ page, request, api, apiAs }, testInfo) => {
    // About 25 s on an idle machine; the headroom is for a shared, loaded one (seen at 50 s).
    test.setTimeout(90_000);
    const today = todayInBeijing();
    const period = { from: `${today.slice(0, 7)}-01`, to: today };
    const year = today.slice(0, 4);
    const q = `from=${period.from}&to=${period.to}`;
    const R = '/api/admin/reports';

    // --- A sale this month: the demo citizen buys one box of apples and pays in the sandbox. ---
    const operator = await apiAs(demo.operator.phone);
    const before = await operator.get<RangeView<MonthRow>>(`${R}/sales/by-month?${q}`);
    const found = await api.get<{ items: { id: string; name: string }[] }>(`/api/products?q=${encodeURIComponent(APPLE.query)}`);
    const productId = found.items.find((p) => p.name === APPLE.product)?.id;
    expect(productId, `the demo catalog lists ${APPLE.product}`).toBeTruthy();
    const product = await api.get<ProductDetail>(`/api/products/${productId}`);
    const sku = product.skus.find((s) => s.name === APPLE.spec)!;
    expect(sku.stock, 'the apples are in stock').toBeGreaterThan(0);

    const citizen = await apiAs(demo.citizen.phone);
    const order = await citizen.post<{ id: string; payableFen: number; discountFen: number }>(
      '/api/orders',
      { items: [{ skuId: sku.id, quantity: 1 }], address: { name: demo.citizen.name, phone: demo.citizen.phone, region: '广东省深圳市福田区', detail: '福华三路 88 号 2 栋 1201' } },
      201,
      { 'Idempotency-Key': `e2e-ops-${Date.now()}` },
    );
    expect(order.payableFen, 'no coupon: the citizen pays the list price').toBe(sku.priceFen);
    const { payUrl } = await citizen.post<{ payUrl: string }>(`/api/orders/${order.id}/pay`, { channel: 'alipay' });
    await payInSandbox(request, payUrl);
    await expect.poll(async () => (await citizen.get<{ status: string }>(`/api/orders/${order.id}`)).status, { message: 'the order is paid' }).toBe('PAID');

    // The sale is in the reports' facts: this month's total grew by exactly the order.
    await expect
      .poll(async () => (await operator.get<RangeView<MonthRow>>(`${R}/sales/by-month?${q}`)).total, { message: 'the dashboard API counts the paid order' })
      .toEqual({ salesFen: before.total.salesFen + sku.priceFen, quantity: before.total.quantity + 1, orderCount: before.total.orderCount + 1 });

    // The co-op restocks the box sold (an audited stock change the operator finds later).
    const coop = await apiAs(APPLE.staff.phone);
    const left = (await api.get<ProductDetail>(`/api/products/${productId}`)).skus.find((s) => s.id === sku.id)!.stock;
    expect(left, 'the order took one box from stock').toBe(sku.stock - 1);
    await coop.patch(`/api/supplier/skus/${sku.id}`, { stock: sku.stock });
    const restock = (await operator.get<{ items: AuditEntry[] }>(`/api/admin/audit?action=sku.stock&subjectId=${sku.id}&pageSize=1`)).items[0];
    expect(restock, 'the restock is in the audit log').toBeTruthy();
    expect([restock.actorName, restock.before, restock.after]).toEqual([APPLE.staff.name, { stock: left }, { stock: sku.stock }]);

    // What the reports say for the period, read right before the browser shows it.
    const [months, counties, helpers, buyers, top] = await Promise.all([
      operator.get<RangeView<MonthRow>>(`${R}/sales/by-month?${q}`),
      operator.get<RangeView<CountyRow>>(`${R}/sales/by-county?${q}`),
      operator.get<RangeView<HelperRow>>(`${R}/sales/by-helper?${q}`),
      operator.get<RangeView<BuyerTypeRow>>(`${R}/sales/by-buyer-type?${q}`),
      operator.get<RangeView<ProductRow>>(`${R}/sales/top-products?${q}&limit=20`),
    ]);
    const county = counties.items.find((c) => c.countyCode === APPLE.county);
    expect(county, 'the apples count for 昭阳区').toBeTruthy();
    expect(county!.salesFen).toBeGreaterThanOrEqual(sku.priceFen);

    // --- The operator opens 数据看板 and picks this month. ---
    await login(page, 'admin', demo.operator.phone);
    await openMenu(page, '数据与监管', '数据看板');
    await expect(page).toHaveURL(/\/admin\/reports\/dashboard$/);
    await expect(page.getByRole('heading', { name: '数据看板' })).toBeVisible();
    const start = page.getByLabel('统计区间').first();
    await expect(start).toHaveValue(`${year}-01-01`);
    await start.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(period.from);
    await page.keyboard.press('Enter');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(period.to);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`from=${period.from}&to=${period.to}`));

    // Each chart is drawn for the period, with its figures in the table beneath.
    const monthPanel = page.getByRole('region', { name: '按月销售' });
    await expect(monthPanel.getByRole('img', { name: new RegExp(`${period.from} 至 ${period.to}`) }).locator('canvas')).toBeVisible();
    const monthTable = monthPanel.getByRole('table', { name: '按月销售' });
    for (const m of months.items) await expectRow(monthTable, m.month, [m.month, yuan(m.salesFen), int(m.quantity), int(m.orderCount)]);
    await expectRow(monthTable, '合计', ['合计', yuan(months.total.salesFen), int(months.total.quantity), int(months.total.orderCount)]);

    const countyPanel = page.getByRole('region', { name: '按受援县销售' });
    const countyTable = countyPanel.getByRole('table', { name: '按受援县销售' });
    for (const c of counties.items.slice(0, 10)) await expectRow(countyTable, c.countyName, [c.countyName, c.prefectureName, c.provinceName, yuan(c.salesFen), int(c.quantity), int(c.orderCount)]);
    await expectRow(countyTable, '合计', ['合计', yuan(counties.total.salesFen), int(counties.total.quantity), int(counties.total.orderCount)]);
    // One bar per county (largest on top), in the bar colour of admin/src/features/reports/charts/options.ts.
    const countyCanvas = countyPanel.getByRole('img', { name: /按受援县销售/ }).locator('canvas');
    // The chart's top 15 (a county whose sales were all refunded has no bar).
    const shownCounties = counties.items.slice(0, 15).filter((c) => c.salesFen > 0);
    await expect.poll(async () => (await barCentres(countyCanvas, [0xc2, 0x41, 0x0c])).length, { message: 'the county chart draws a bar per county' }).toBe(shownCounties.length);

    const buyerTable = page.getByRole('table', { name: '按购买方类型' });
    for (const b of buyers.items) await expectRow(buyerTable, b.label, [b.label, yuan(b.salesFen), int(b.quantity), int(b.orderCount)]);
    const citizenSales = buyers.items.find((b) => b.buyerType === 'CITIZEN')!;
    expect(citizenSales.salesFen, 'the citizen order counts as 个人消费者').toBeGreaterThanOrEqual(sku.priceFen);

    const helperTable = page.getByRole('table', { name: '按帮扶方销售' });
    for (const h of helpers.items.slice(0, 10)) await expectRow(helperTable, h.helperName, [h.helperName, h.city ?? '—', yuan(h.salesFen), int(h.quantity), int(h.orderCount)]);
    expect(helpers.items.map((h) => h.helperName), 'the apples count for 昭阳区\'s helper on the day of sale').toContain('东莞市石碣镇');

    const topTable = page.getByRole('table', { name: '畅销商品' });
    const apples = top.items.find((p) => p.productId === productId)!;
    expect(apples, 'the apples are among the best sellers').toBeTruthy();
    await expectRow(topTable, APPLE.product, [String(apples.rank), APPLE.product, apples.countyName, yuan(apples.salesFen), int(apples.quantity), int(apples.orderCount)]);
    await snap(page, testInfo, 'operations-01-dashboard');

    // --- Export the county table: the file holds the figure the screen shows. ---
    const book = await downloadWorkbook(page, countyPanel.getByRole('button', { name: '导出Excel（按受援县销售）' }), `按县销售_${period.from}_${period.to}.xlsx`);
    const sheet = book.get('按县销售');
    expect(sheet, 'the workbook has the 按县销售 sheet').toBeTruthy();
    expect(sheet![1][0]).toBe(`统计区间：${period.from} 至 ${period.to}`);
    const exported = sheetRow(sheet!, county!.countyCode);
    expect(exported['县（区、市）']).toBe(county!.countyName);
    const onScreen = await countyTable.locator('tr').filter({ has: page.getByRole('link', { name: county!.countyName, exact: true }) }).getByRole('cell').nth(3).textContent();
    expect(yuan(Math.round(Number(exported['销售额（元）']) * 100)), 'the exported 销售额 equals the screen').toBe(onScreen);
    expect(exported['销量（件）']).toBe(county!.quantity);
    expect(exported['订单数']).toBe(county!.orderCount);
    expect(sheetRow(sheet!, '合计')['销售额（元）']).toBe(counties.total.salesFen / 100);

    // --- Drill down: the county's bar in the chart opens its 帮扶成效. ---
    const bars = await barCentres(countyCanvas, [0xc2, 0x41, 0x0c]);
    const index = shownCounties.findIndex((c) => c.countyCode === county!.countyCode);
    await countyCanvas.click({ position: bars[index] });
    await expect(page).toHaveURL(new RegExp(`/admin/reports/results\\?groupBy=county&year=${year}&county=${county!.countyCode}$`));
    const results = await operator.get<{ items: ResultRow[] }>(`${R}/results?year=${year}&groupBy=county`);
    const result = results.items.find((r) => r.key === county!.countyCode)!;
    expect(result.salesFen, 'the year holds at least the period').toBeGreaterThanOrEqual(county!.salesFen);
    const focus = page.getByRole('region', { name: `${county!.countyName}：${year} 年结对帮扶方` });
    await expect(focus.getByText(yuan(result.salesFen), { exact: true })).toBeVisible();
    await expect(focus.locator('.ant-descriptions-item').filter({ hasText: '带动脱贫户数' })).toContainText(int(result.linkedHouseholds));
    await expect(focus.getByRole('listitem').filter({ hasText: '东莞市石碣镇' })).toContainText('结对');
    const resultsTable = page.getByRole('table', { name: '帮扶成效' });
    await expect(resultsTable.locator('tr.ant-table-row-selected').getByRole('cell')).toHaveText([
      result.name,
      result.parent ?? '—',
      yuan(result.salesFen),
      int(result.orderCount),
      int(result.buyingUnits),
      int(result.agencyUnits),
      int(result.supplierCount),
      int(result.linkedHouseholds),
      yuan(result.couponFen),
      yuan(result.subsidyFen),
    ]);
    await snap(page, testInfo, 'operations-02-results-county');

    // --- 追溯覆盖 → the apple base → its batch → the batch's public trace page. ---
    await openMenu(page, '数据与监管', '追溯覆盖');
    await expect(page).toHaveURL(/\/admin\/reports\/traceability$/);
    const yearQ = `from=${year}-01-01&to=${year}-12-31`;
    const coverage = await operator.get<{ items: BaseRow[]; soldUnits: number; tracedUnits: number }>(`${R}/traceability/bases?${yearQ}`);
    const base = coverage.items.find((b) => b.baseName === APPLE.base)!;
    expect(base.soldUnits, 'the apple base sold this year').toBeGreaterThanOrEqual(1);
    await expect(page.locator('.ant-statistic').filter({ hasText: '售出件数' })).toContainText(int(coverage.soldUnits));
    const baseRow = page.getByRole('table', { name: '基地追溯覆盖' }).locator('tr').filter({ has: page.getByRole('link', { name: APPLE.base }) });
    await expect(baseRow.getByRole('cell').nth(6)).toHaveText(int(base.soldUnits));
    await expect(baseRow.getByRole('cell').nth(7)).toHaveText(int(base.tracedUnits));
    await expect(baseRow.getByRole('cell').nth(8)).toHaveText(percent(base.coverage));
    await snap(page, testInfo, 'operations-03-traceability');
    await baseRow.getByRole('link', { name: APPLE.base }).click();

    await expect(page).toHaveURL(new RegExp(`/admin/reports/traceability/bases/${base.baseId}\\?${yearQ}$`));
    const detail = await operator.get<BaseDetail>(`${R}/traceability/bases/${base.baseId}?${yearQ}`);
    await expect(page.getByRole('heading', { name: `${APPLE.base} · 批次追溯` })).toBeVisible();
    await expect(page.locator('.ant-descriptions-item').filter({ hasText: '售出 / 可追溯' })).toContainText(`${int(detail.soldUnits)} / ${int(detail.tracedUnits)} 件`);
    const batch = detail.batches.find((b) => b.soldUnits > 0)!;
    expect(batch, 'a batch of the base carries the units sold').toBeTruthy();
    const batchRow = page.getByRole('table', { name: '批次追溯' }).locator('tr').filter({ hasText: batch.batchNo });
    await expect(batchRow.getByRole('cell').last()).toHaveText(int(batch.soldUnits));
    for (const step of batch.journey) {
      await expect(batchRow.getByRole('img', { name: step.at ? `${step.label}：已记录 ${step.at.slice(0, 10)}` : `${step.label}：缺失` })).toBeVisible();
    }
    await expect(batchRow).toContainText(batch.complete ? '完整' : '不完整');
    await snap(page, testInfo, 'operations-04-base');

    // The batches' export holds the same units sold.
    const batches = await downloadWorkbook(page, page.getByRole('button', { name: '导出Excel（基地批次追溯）' }), `基地批次_${APPLE.base}_${year}-01-01_${year}-12-31.xlsx`);
    const batchSheet = batches.get('批次追溯');
    expect(batchSheet, 'the workbook has the 批次追溯 sheet').toBeTruthy();
    const exportedBatch = sheetRow(batchSheet!, batch.batchNo);
    expect(exportedBatch['售出件数']).toBe(batch.soldUnits);
    expect(exportedBatch['追溯码']).toBe(batch.traceCode);

    // The trace code opens the storefront's public trace page in a new tab.
    const [trace] = await Promise.all([page.context().waitForEvent('page'), batchRow.getByRole('link', { name: batch.traceCode }).click()]);
    await expect(trace).toHaveURL(new RegExp(`/t/${batch.traceCode}$`));
    await expect(trace.getByText(`追溯码 ${batch.traceCode}`)).toBeVisible();
    await expect(trace.getByRole('heading', { level: 1 })).toContainText('苹果');
    await trace.close();

    // --- 操作日志: the co-op's restock, filtered by its action. ---
    await openMenu(page, '数据与监管', '操作日志');
    await expect(page).toHaveURL(/\/admin\/audit$/);
    const filters = page.getByRole('form', { name: '筛选操作日志' });
    await filters.getByLabel('操作类型').click();
    await page.keyboard.type('库存调整');
    await page.getByTitle('库存调整', { exact: true }).filter({ visible: true }).last().click();
    await filters.getByLabel('关键词').fill(APPLE.product);
    await filters.getByRole('button', { name: spaced('查询') }).click();
    const matching = await operator.get<{ items: AuditEntry[]; total: number }>(`/api/admin/audit?action=sku.stock&q=${encodeURIComponent(APPLE.product)}&pageSize=20`);
    expect(matching.items[0].id, 'the restock is the newest matching line').toBe(restock.id);
    const log = page.getByRole('table', { name: '操作日志' });
    await expect(page.getByText(`共 ${matching.total} 条`)).toBeVisible();
    const line = log.locator('tr.ant-table-row').first();
    await expect(line.getByRole('cell')).toHaveText(['', beijing(new Date(restock.at)), APPLE.staff.name, '库存调整', '商品规格（价格/库存）', restock.summary]);
    expect(restock.summary).toContain(`${left} → ${sku.stock}`);
    await line.getByRole('button', { name: /展开/ }).click();
    const diff = log.getByRole('table', { name: '变更前后对比' });
    await expect(diff.locator('tr').filter({ hasText: 'stock' }).getByRole('cell')).toHaveText([/stock/, String(left), String(sku.stock)]);
    await snap(page, testInfo, 'operations-05-audit');
  });
});
