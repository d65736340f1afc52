import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { UuidParam } from '../common/uuid-param';
import { Roles } from '../identity/access.decorators';
import { Role } from '../identity/role';
import { DateRangeQuery, ExpiringQuery, RegionQuery, resolveRange, ResultsQuery, thisYear, TopProductsQuery, YearQuery } from './dto';
import { ResultsService } from './results.service';
import { SalesReportsService } from './sales-reports.service';
import { TraceabilityService } from './traceability.service';
import { BaseCoverageView, BaseTraceDetailView, ExpiringCertsView } from './traceability.views';
import { BuyerTypeRow, CountyRow, HelperRow, MonthRow, ProductRow, RegionRow, ResultRow, ResultsView, SalesByBuyerTypeView, SalesByCountyView, SalesByHelperView, SalesByMonthView, SalesByRegionView, SalesMeasures, SeasonalView, TopProductsView } from './views';
import { sendWorkbook, XlsxColumn } from './xlsx';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const period = (v: { from: string; to: string }) => `统计区间：${v.from} 至 ${v.to}`;
const money = <T extends SalesMeasures>(): XlsxColumn<T>[] => [
  { header: '销售额（元）', value: (r) => r.salesFen, kind: 'yuan', width: 16 },
  { header: '销量（件）', value: (r) => r.quantity, kind: 'int' },
  { header: '订单数', value: (r) => r.orderCount, kind: 'int' },
];
const totalRow = <T>(total: SalesMeasures, label: Partial<T>): T => ({ ...total, ...label }) as T;

/**
 * The operations console's reports (运营看板): sales tables for the dashboard's charts, the results
 * report (帮扶成效), traceability per supply base and expiring certificates — each also as .xlsx.
 * Operators only.
 */
@ApiTags('admin: reports')
@Controller('admin/reports')
@Roles(Role.OPERATOR)
export class ReportsController {
  constructor(
    private readonly sales: SalesReportsService,
    private readonly results: ResultsService,
    private readonly trace: TraceabilityService,
  ) {}

  @Get('sales/by-month')
  @ApiOkResponse({ type: SalesByMonthView })
  byMonth(@Query() q: DateRangeQuery): Promise<SalesByMonthView> {
    return this.sales.byMonth(resolveRange(q));
  }

  @Get('sales/by-month/export.xlsx')
  @ApiProduces(XLSX)
  async byMonthXlsx(@Query() q: DateRangeQuery, @Res() res: Response): Promise<void> {
    const v = await this.sales.byMonth(resolveRange(q));
    await sendWorkbook(res, `按月销售_${v.from}_${v.to}.xlsx`, [{ name: '按月销售', caption: ['按月销售', period(v)], columns: [{ header: '月份', value: (r: MonthRow) => r.month }, ...money<MonthRow>()], rows: v.items, total: totalRow<MonthRow>(v.total, { month: '合计' }) }]);
  }

  @Get('sales/by-county')
  @ApiOkResponse({ type: SalesByCountyView })
  byCounty(@Query() q: DateRangeQuery): Promise<SalesByCountyView> {
    return this.sales.byCounty(resolveRange(q));
  }

  @Get('sales/by-county/export.xlsx')
  @ApiProduces(XLSX)
  async byCountyXlsx(@Query() q: DateRangeQuery, @Res() res: Response): Promise<void> {
    const v = await this.sales.byCounty(resolveRange(q));
    const cols: XlsxColumn<CountyRow>[] = [
      { header: '县级代码', value: (r) => r.countyCode },
      { header: '县（区、市）', value: (r) => r.countyName, width: 20 },
      { header: '地级市（州）', value: (r) => r.prefectureName, width: 20 },
      { header: '省（区）', value: (r) => r.provinceName, width: 20 },
      ...money<CountyRow>(),
    ];
    await sendWorkbook(res, `按县销售_${v.from}_${v.to}.xlsx`, [{ name: '按县销售', caption: ['按受援县销售', period(v)], columns: cols, rows: v.items, total: totalRow<CountyRow>(v.total, { countyCode: '合计' }) }]);
  }

  @Get('sales/by-region')
  @ApiOkResponse({ type: SalesByRegionView })
  byRegion(@Query() q: RegionQuery): Promise<SalesByRegionView> {
    return this.sales.byRegion(resolveRange(q), q.level ?? 'PREFECTURE');
  }

  @Get('sales/by-region/export.xlsx')
  @ApiProduces(XLSX)
  async byRegionXlsx(@Query() q: RegionQuery, @Res() res: Response): Promise<void> {
    const v = await this.sales.byRegion(resolveRange(q), q.level ?? 'PREFECTURE');
    const label = v.level === 'PROVINCE' ? '省（区）' : '地级市（州）';
    await sendWorkbook(res, `按${label}销售_${v.from}_${v.to}.xlsx`, [
      { name: `按${label}销售`, caption: [`按${label}销售`, period(v)], columns: [{ header: '代码', value: (r: RegionRow) => r.code }, { header: label, value: (r: RegionRow) => r.name, width: 24 }, ...money<RegionRow>()], rows: v.items, total: totalRow<RegionRow>(v.total, { code: '合计' }) },
    ]);
  }

  @Get('sales/by-helper')
  @ApiOkResponse({ type: SalesByHelperView })
  byHelper(@Query() q: DateRangeQuery): Promise<SalesByHelperView> {
    return this.sales.byHelper(resolveRange(q));
  }

  @Get('sales/by-helper/export.xlsx')
  @ApiProduces(XLSX)
  async byHelperXlsx(@Query() q: DateRangeQuery, @Res() res: Response): Promise<void> {
    const v = await this.sales.byHelper(resolveRange(q));
    await sendWorkbook(res, `按帮扶方销售_${v.from}_${v.to}.xlsx`, [
      { name: '按帮扶方销售', caption: ['按东部帮扶方销售（按销售当日的结对关系归属）', period(v)], columns: [{ header: '帮扶方', value: (r: HelperRow) => r.helperName, width: 24 }, { header: '所在城市', value: (r: HelperRow) => r.city }, ...money<HelperRow>()], rows: v.items, total: totalRow<HelperRow>(v.total, { helperName: '合计' }) },
    ]);
  }

  @Get('sales/by-buyer-type')
  @ApiOkResponse({ type: SalesByBuyerTypeView })
  byBuyerType(@Query() q: DateRangeQuery): Promise<SalesByBuyerTypeView> {
    return this.sales.byBuyerType(resolveRange(q));
  }

  @Get('sales/by-buyer-type/export.xlsx')
  @ApiProduces(XLSX)
  async byBuyerTypeXlsx(@Query() q: DateRangeQuery, @Res() res: Response): Promise<void> {
    const v = await this.sales.byBuyerType(resolveRange(q));
    await sendWorkbook(res, `按购买方销售_${v.from}_${v.to}.xlsx`, [
      { name: '按购买方销售', caption: ['按购买方类型销售', period(v)], columns: [{ header: '购买方', value: (r: BuyerTypeRow) => r.label }, ...money<BuyerTypeRow>()], rows: v.items, total: totalRow<BuyerTypeRow>(v.total, { label: '合计' }) },
    ]);
  }

  @Get('sales/top-products')
  @ApiOkResponse({ type: TopProductsView })
  topProducts(@Query() q: TopProductsQuery): Promise<TopProductsView> {
    return this.sales.topProducts(resolveRange(q), q.limit ?? 20);
  }

  @Get('sales/top-products/export.xlsx')
  @ApiProduces(XLSX)
  async topProductsXlsx(@Query() q: TopProductsQuery, @Res() res: Response): Promise<void> {
    const v = await this.sales.topProducts(resolveRange(q), q.limit ?? 20);
    const cols: XlsxColumn<ProductRow>[] = [
      { header: '排名', value: (r) => r.rank, kind: 'int' },
      { header: '商品', value: (r) => r.productName, width: 30 },
      { header: '类目', value: (r) => r.category },
      { header: '产地县', value: (r) => r.countyName, width: 18 },
      ...money<ProductRow>(),
    ];
    await sendWorkbook(res, `畅销商品_${v.from}_${v.to}.xlsx`, [{ name: '畅销商品', caption: ['畅销商品', period(v)], columns: cols, rows: v.items }]);
  }

  @Get('sales/seasonal')
  @ApiOkResponse({ type: SeasonalView })
  seasonal(@Query() q: YearQuery): Promise<SeasonalView> {
    return this.sales.seasonal(q.year ?? thisYear());
  }

  @Get('sales/seasonal/export.xlsx')
  @ApiProduces(XLSX)
  async seasonalXlsx(@Query() q: YearQuery, @Res() res: Response): Promise<void> {
    const v = await this.sales.seasonal(q.year ?? thisYear());
    await sendWorkbook(
      res,
      `季节销售_${v.year}.xlsx`,
      v.seasons.map((s) => ({ name: s.label.replace(/[（）]/g, ' ').trim(), caption: [s.label, v.definition], columns: [{ header: '月份', value: (r: { month: string }) => r.month }, ...money()], rows: s.months, total: { ...s.total, month: '合计' } })),
    );
  }

  @Get('results')
  @ApiOkResponse({ type: ResultsView })
  resultsReport(@Query() q: ResultsQuery): Promise<ResultsView> {
    return this.results.results(q.year ?? thisYear(), q.groupBy ?? 'helper');
  }

  @Get('results/export.xlsx')
  @ApiProduces(XLSX)
  async resultsXlsx(@Query() q: ResultsQuery, @Res() res: Response): Promise<void> {
    const v = await this.results.results(q.year ?? thisYear(), q.groupBy ?? 'helper');
    const helper = v.groupBy === 'helper';
    const cols: XlsxColumn<ResultRow>[] = [
      { header: helper ? '帮扶方' : '受帮扶县', value: (r) => r.name, width: 24 },
      { header: helper ? '所在城市' : '所属地级市', value: (r) => r.parent, width: 16 },
      { header: '销售额（元）', value: (r) => r.salesFen, kind: 'yuan', width: 16 },
      { header: '订单数', value: (r) => r.orderCount, kind: 'int' },
      { header: '购买单位数', value: (r) => r.buyingUnits, kind: 'int' },
      { header: '其中预算单位', value: (r) => r.agencyUnits, kind: 'int' },
      { header: '供应商数', value: (r) => r.supplierCount, kind: 'int' },
      { header: '带动脱贫户数', value: (r) => r.linkedHouseholds, kind: 'int' },
      { header: '工会券支出（元）', value: (r) => r.couponFen, kind: 'yuan', width: 18 },
      { header: '其他补贴（元）', value: (r) => r.subsidyFen, kind: 'yuan', width: 16 },
    ];
    await sendWorkbook(res, `帮扶成效_${v.year}_${helper ? '按帮扶方' : '按县'}.xlsx`, [{ name: '帮扶成效', caption: [`${v.year} 年消费帮扶成效（${helper ? '按帮扶方' : '按受帮扶县'}）`], columns: cols, rows: v.items, total: v.total }]);
  }

  @Get('traceability/bases')
  @ApiOkResponse({ type: BaseCoverageView })
  bases(@Query() q: DateRangeQuery): Promise<BaseCoverageView> {
    return this.trace.bases(resolveRange(q));
  }

  @Get('traceability/bases/export.xlsx')
  @ApiProduces(XLSX)
  async basesXlsx(@Query() q: DateRangeQuery, @Res() res: Response): Promise<void> {
    const v = await this.trace.bases(resolveRange(q));
    type Row = BaseCoverageView['items'][number];
    const cols: XlsxColumn<Row>[] = [
      { header: '基地', value: (r) => r.baseName, width: 26 },
      { header: '供应商', value: (r) => r.supplierName, width: 30 },
      { header: '所在县', value: (r) => r.countyName, width: 16 },
      { header: '商品数', value: (r) => r.productCount, kind: 'int' },
      { header: '批次数', value: (r) => r.batchCount, kind: 'int' },
      { header: '售出件数', value: (r) => r.soldUnits, kind: 'int' },
      { header: '可追溯件数', value: (r) => r.tracedUnits, kind: 'int' },
      { header: '追溯覆盖率', value: (r) => r.coverage, kind: 'percent' },
      { header: '最近检测日期', value: (r) => r.lastInspectedOn, width: 14 },
      { header: '最近检测结论', value: (r) => (r.lastInspectionPassed === null ? null : r.lastInspectionPassed ? '合格' : '不合格') },
      { header: '不合格批次数', value: (r) => r.failedInspections, kind: 'int' },
    ];
    await sendWorkbook(res, `基地追溯覆盖_${v.from}_${v.to}.xlsx`, [{ name: '基地追溯覆盖', caption: ['生产基地追溯覆盖', period(v)], columns: cols, rows: v.items }]);
  }

  @Get('traceability/expiring')
  @ApiOkResponse({ type: ExpiringCertsView })
  expiring(@Query() q: ExpiringQuery): Promise<ExpiringCertsView> {
    return this.trace.expiring(q.days ?? 30);
  }

  @Get('traceability/expiring/export.xlsx')
  @ApiProduces(XLSX)
  async expiringXlsx(@Query() q: ExpiringQuery, @Res() res: Response): Promise<void> {
    const v = await this.trace.expiring(q.days ?? 30);
    type Row = ExpiringCertsView['items'][number];
    const cols: XlsxColumn<Row>[] = [
      { header: '对象', value: (r) => (r.subject === 'PRODUCT' ? '商品' : '基地') },
      { header: '名称', value: (r) => r.subjectName, width: 28 },
      { header: '供应商', value: (r) => r.supplierName, width: 30 },
      { header: '证书类型', value: (r) => r.typeLabel, width: 18 },
      { header: '证书编号', value: (r) => r.number, width: 28 },
      { header: '有效期至', value: (r) => r.validTo, width: 12 },
      { header: '剩余天数', value: (r) => r.daysLeft, kind: 'int' },
    ];
    await sendWorkbook(res, `证书到期预警_${v.days}天.xlsx`, [{ name: '证书到期预警', caption: [`${v.days} 天内到期的证书（截至 ${v.today}）`], columns: cols, rows: v.items }]);
  }

  @Get('traceability/bases/:baseId')
  @ApiOkResponse({ type: BaseTraceDetailView })
  base(@Param('baseId', UuidParam('生产基地')) baseId: string, @Query() q: DateRangeQuery): Promise<BaseTraceDetailView> {
    return this.trace.base(baseId, resolveRange(q));
  }

  @Get('traceability/bases/:baseId/export.xlsx')
  @ApiProduces(XLSX)
  async baseXlsx(@Param('baseId', UuidParam('生产基地')) baseId: string, @Query() q: DateRangeQuery, @Res() res: Response): Promise<void> {
    const v = await this.trace.base(baseId, resolveRange(q));
    type Row = BaseTraceDetailView['batches'][number];
    const step = (i: number) => (r: Row) => r.journey[i].at?.slice(0, 10) ?? '缺失';
    const cols: XlsxColumn<Row>[] = [
      { header: '批次号', value: (r) => r.batchNo, width: 16 },
      { header: '追溯码', value: (r) => r.traceCode, width: 24 },
      { header: '商品', value: (r) => r.productName, width: 24 },
      { header: '采收日期', value: (r) => r.harvestDate, width: 12 },
      { header: '采收', value: step(0), width: 12 },
      { header: '检测', value: step(1), width: 12 },
      { header: '包装', value: step(2), width: 12 },
      { header: '发货', value: step(3), width: 12 },
      { header: '追溯完整', value: (r) => (r.complete ? '是' : '否') },
      { header: '出厂检测', value: (r) => (r.inspection ? `${r.inspection.testedOn} ${r.inspection.passed ? '合格' : '不合格'}` : '无'), width: 18 },
      { header: '售出件数', value: (r) => r.soldUnits, kind: 'int' },
    ];
    await sendWorkbook(res, `基地批次_${v.baseName}_${v.from}_${v.to}.xlsx`, [{ name: '批次追溯', caption: [`${v.baseName}（${v.supplierName}）`, period(v)], columns: cols, rows: v.batches }]);
  }
}
