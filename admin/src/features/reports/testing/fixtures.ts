/** Report answers as the API gives them (shapes of backend/src/reports/views.ts). */
const period = { from: '2026-01-01', to: '2026-12-31' };
const m = (salesFen: number, quantity: number, orderCount: number) => ({ salesFen, quantity, orderCount });

export const byMonth = { ...period, total: m(523450, 60, 9), items: [{ month: '2026-03', ...m(123450, 10, 2) }, { month: '2026-07', ...m(400000, 50, 7) }] };
export const byCounty = {
  ...period,
  total: m(523450, 60, 9),
  items: [
    { countyCode: '451003', countyName: '田阳区', prefectureCode: '451000', prefectureName: '百色市', provinceName: '广西壮族自治区', ...m(400000, 50, 7) },
    { countyCode: '451227', countyName: '巴马瑶族自治县', prefectureCode: '451200', prefectureName: '河池市', provinceName: '广西壮族自治区', ...m(123450, 10, 2) },
  ],
};
export const byRegion = { ...period, level: 'PREFECTURE', total: m(523450, 60, 9), items: [{ code: '451000', name: '百色市', ...m(400000, 50, 7) }, { code: '451200', name: '河池市', ...m(123450, 10, 2) }] };
export const byHelper = {
  ...period,
  total: m(523450, 60, 9),
  items: [
    { helperUnitId: 'h-futian', helperName: '深圳市福田区', city: '深圳市', ...m(400000, 50, 7) },
    { helperUnitId: null, helperName: '未结对', city: null, ...m(123450, 10, 2) },
  ],
};
export const byBuyerType = {
  ...period,
  total: m(523450, 60, 9),
  items: [
    { buyerType: 'CANTEEN', label: '单位食堂', ...m(400000, 50, 7) },
    { buyerType: 'CITIZEN', label: '个人消费者', ...m(113450, 9, 1) },
    { buyerType: 'UNION', label: '工会', ...m(10000, 1, 1) },
  ],
};
export const topProducts = {
  ...period,
  total: m(523450, 60, 9),
  items: [{ rank: 1, productId: 'p1', productName: '百色芒果 5斤装', category: 'FRUIT', countyCode: '451003', countyName: '田阳区', ...m(400000, 50, 7) }],
};
export const seasonal = {
  year: 2026,
  definition: '季节商品：鲜果类中名称含“芒”或“沙糖桔”的商品',
  seasons: [
    { season: 'MANGO', label: '芒果季（6–9月）', total: m(400000, 50, 7), months: ['06', '07', '08', '09'].map((mm) => ({ month: `2026-${mm}`, ...(mm === '07' ? m(400000, 50, 7) : m(0, 0, 0)) })) },
    { season: 'SUGAR_ORANGE', label: '沙糖桔季（11月–次年2月）', total: m(0, 0, 0), months: ['2026-11', '2026-12', '2027-01', '2027-02'].map((month) => ({ month, ...m(0, 0, 0) })) },
  ],
};

export const dashboardRoutes = {
  'GET /api/admin/reports/sales/by-month': () => byMonth,
  'GET /api/admin/reports/sales/by-county': () => byCounty,
  'GET /api/admin/reports/sales/by-region': () => byRegion,
  'GET /api/admin/reports/sales/by-helper': () => byHelper,
  'GET /api/admin/reports/sales/by-buyer-type': () => byBuyerType,
  'GET /api/admin/reports/sales/top-products': () => topProducts,
  'GET /api/admin/reports/sales/seasonal': () => seasonal,
};
