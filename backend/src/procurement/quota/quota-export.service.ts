import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { AgencyLevel } from '../agency.entity';
import { ProcurementPurpose } from '../orders/procurement-order-status';
import { NATIONAL_SCOPE } from './division-scope';
import { QuotaOrderView, QuotaView } from './dto';
import { computeQuota, QUOTA_STATUS_LABELS } from './quota-figures';
import { QuotaService, rankingRow } from './quota.service';

const PURPOSE_LABELS: Record<ProcurementPurpose, string> = { CANTEEN: '食堂采购', UNION_WELFARE: '工会福利', STAFF: '职工自购' };
const LEVEL_LABELS: Record<AgencyLevel, string> = { PROVINCE: '省级', CITY: '市级', DISTRICT: '区级', STREET: '街道' };
const YUAN = '#,##0.00';
const PERCENT = '0.00%';
/** Amounts in 元 as numbers (fen ÷ 100: exact to 2 decimals in a double for any realistic sum). */
const yuan = (fen: number) => fen / 100;

export interface XlsxFile {
  filename: string;
  /** ASCII fallback for clients that ignore filename*. */
  asciiFilename: string;
  body: Buffer;
}

/**
 * Excel workbooks for the annual report (年度考核): one agency's quota with its monthly trend and the
 * counted orders, or every agency ranked. Headers in Chinese; money as numbers in 元 with two
 * decimals (and the raw fen beside, so a figure can be checked against the API to the fen).
 */
@Injectable()
export class QuotaExportService {
  constructor(private readonly quota: QuotaService) {}

  async agencyWorkbook(agencyId: string, year: number): Promise<XlsxFile> {
    const q = await this.quota.quota(agencyId, year);
    const orders = await this.allCountedOrders(agencyId, year);
    const wb = newWorkbook();

    const summary = wb.addWorksheet('份额概览');
    summary.columns = [
      { header: '项目', key: 'label', width: 28 },
      { header: '数值', key: 'value', width: 40 },
      { header: '金额（分）', key: 'fen', width: 18 },
    ];
    const money = (label: string, fen: number) => summary.addRow({ label, value: yuan(fen), fen }).getCell('value').numFmt = YUAN;
    summary.addRow({ label: '预算单位', value: q.agencyName });
    summary.addRow({ label: '年度', value: q.year });
    summary.addRow({ label: '申报情况', value: declarationText(q) });
    money('年度农副产品采购总额（元）', q.annualAgriSpendFen);
    summary.addRow({ label: '预留比例', value: q.ratio }).getCell('value').numFmt = PERCENT;
    money('预留份额（元）', q.reservedFen);
    money('已采购（计入份额，元）', q.purchasedFen);
    money('其中结对县（元）', q.pairedFen);
    summary.addRow({ label: '完成进度', value: q.progress ?? '无预留份额' }).getCell('value').numFmt = PERCENT;
    money('预计全年（元）', q.projectionFen);
    summary.addRow({ label: '状态', value: q.statusLabel });
    summary.addRow({ label: '计入订单数', value: q.countedOrderCount });
    summary.addRow({ label: '适用政策', value: `${q.policy.scopeName} ${q.policy.year} 年 ${q.policy.ratioBp / 100}%${q.policy.source === 'BUILT_IN_FLOOR' ? '（内置全国底线）' : ''}` });
    summary.addRow({ label: '计入范围', value: scopeText(q.policy) });
    summary.addRow({ label: '政策依据', value: q.policy.basis });
    summary.addRow({ label: '统计日期', value: q.asOf });
    summary.getRow(1).font = { bold: true };

    const months = wb.addWorksheet('月度采购');
    months.columns = [
      { header: '月份', key: 'month', width: 10 },
      { header: '计入份额（元）', key: 'purchased', width: 18, style: { numFmt: YUAN } },
      { header: '其中结对县（元）', key: 'paired', width: 18, style: { numFmt: YUAN } },
      { header: '计入份额（分）', key: 'purchasedFen', width: 16 },
      { header: '其中结对县（分）', key: 'pairedFen', width: 16 },
    ];
    for (const m of q.byMonth) months.addRow({ month: `${m.month}月`, purchased: yuan(m.purchasedFen), paired: yuan(m.pairedFen), purchasedFen: m.purchasedFen, pairedFen: m.pairedFen });
    months.addRow({ month: '合计', purchased: yuan(q.purchasedFen), paired: yuan(q.pairedFen), purchasedFen: q.purchasedFen, pairedFen: q.pairedFen });
    months.getRow(1).font = { bold: true };

    addOrdersSheet(wb, orders);
    return {
      filename: `预留份额_${q.agencyName}_${year}.xlsx`,
      asciiFilename: `quota-${year}.xlsx`,
      body: Buffer.from(await wb.xlsx.writeBuffer()),
    };
  }

  /** Every active agency ranked, and each one's months (one grouped query each, whatever the count). */
  async rankingWorkbook(year: number, divisionCode?: string): Promise<XlsxFile> {
    const ranked = await this.quota.rank(year, { divisionCode });
    const monthly = await this.quota.aggregate(year, { divisionCode, byMonth: true });
    const wb = newWorkbook();

    const sheet = wb.addWorksheet('完成情况');
    sheet.columns = [
      { header: '排名', key: 'rank', width: 6 },
      { header: '预算单位', key: 'name', width: 32 },
      { header: '区划代码', key: 'division', width: 10 },
      { header: '级别', key: 'level', width: 8 },
      { header: '是否申报', key: 'declared', width: 9 },
      { header: '年度农副产品采购总额（元）', key: 'spend', width: 18, style: { numFmt: YUAN } },
      { header: '预留比例', key: 'ratio', width: 9, style: { numFmt: PERCENT } },
      { header: '预留份额（元）', key: 'reserved', width: 16, style: { numFmt: YUAN } },
      { header: '已采购（元）', key: 'purchased', width: 16, style: { numFmt: YUAN } },
      { header: '完成进度', key: 'progress', width: 10, style: { numFmt: PERCENT } },
      { header: '其中结对县（元）', key: 'paired', width: 16, style: { numFmt: YUAN } },
      { header: '预计全年（元）', key: 'projection', width: 16, style: { numFmt: YUAN } },
      { header: '状态', key: 'status', width: 14 },
      { header: '计入订单数', key: 'orders', width: 10 },
      { header: '适用政策', key: 'policy', width: 16 },
      { header: '申报备注', key: 'remarks', width: 30 },
      { header: '预留份额（分）', key: 'reservedFen', width: 16 },
      { header: '已采购（分）', key: 'purchasedFen', width: 16 },
      { header: '其中结对县（分）', key: 'pairedFen', width: 16 },
    ];
    ranked.forEach((r, i) => {
      const row = rankingRow(r, i + 1);
      sheet.addRow({
        rank: row.rank,
        name: row.agencyName,
        division: row.divisionCode,
        level: LEVEL_LABELS[row.level] ?? row.level,
        declared: row.declared ? '是' : '否',
        spend: yuan(row.annualAgriSpendFen),
        ratio: row.ratio,
        reserved: yuan(row.reservedFen),
        purchased: yuan(row.purchasedFen),
        progress: row.progress ?? '—',
        paired: yuan(row.pairedFen),
        projection: yuan(row.projectionFen),
        status: QUOTA_STATUS_LABELS[row.status],
        orders: row.countedOrderCount,
        policy: row.policySource === 'BUILT_IN_FLOOR' ? '内置全国底线' : row.policyScopeCode === NATIONAL_SCOPE ? '全国' : row.policyScopeCode,
        remarks: row.remarks ?? '',
        reservedFen: row.reservedFen,
        purchasedFen: row.purchasedFen,
        pairedFen: row.pairedFen,
      });
    });
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];

    const months = wb.addWorksheet('月度采购');
    months.columns = [
      { header: '预算单位', key: 'name', width: 32 },
      ...Array.from({ length: 12 }, (_, i) => ({ header: `${i + 1}月（元）`, key: `m${i + 1}`, width: 12, style: { numFmt: YUAN } })),
      { header: '合计（元）', key: 'total', width: 14, style: { numFmt: YUAN } },
    ];
    for (const r of ranked) {
      // The same policy rules as the ranking, applied to this agency's monthly sums.
      const f = computeQuota({ year, policy: r.policy, declaration: null, sums: monthly.filter((s) => s.agencyId === r.agency.id) });
      months.addRow({ name: r.agency.name, ...Object.fromEntries(f.byMonth.map((m) => [`m${m.month}`, yuan(m.purchasedFen)])), total: yuan(f.purchasedFen) });
    }
    months.getRow(1).font = { bold: true };

    return {
      filename: `预留份额完成情况_${divisionCode ?? '全部'}_${year}.xlsx`,
      asciiFilename: `quota-ranking-${year}.xlsx`,
      body: Buffer.from(await wb.xlsx.writeBuffer()),
    };
  }

  private async allCountedOrders(agencyId: string, year: number): Promise<QuotaOrderView[]> {
    const out: QuotaOrderView[] = [];
    for (let page = 1; ; page++) {
      const list = await this.quota.countedOrders(agencyId, year, { page, pageSize: 500 });
      out.push(...list.items);
      if (out.length >= list.total || !list.items.length) return out;
    }
  }
}

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '帮扶集市';
  wb.created = new Date();
  return wb;
}

function addOrdersSheet(wb: ExcelJS.Workbook, orders: QuotaOrderView[]): void {
  const sheet = wb.addWorksheet('计入订单');
  sheet.columns = [
    { header: '订单号', key: 'orderNo', width: 18 },
    { header: '验收日期', key: 'acceptedOn', width: 12 },
    { header: '用途', key: 'purpose', width: 10 },
    { header: '供应商', key: 'supplier', width: 32 },
    { header: '验收金额（元）', key: 'accepted', width: 14, style: { numFmt: YUAN } },
    { header: '退款（元）', key: 'refunded', width: 12, style: { numFmt: YUAN } },
    { header: '计入金额（元）', key: 'counted', width: 14, style: { numFmt: YUAN } },
    { header: '其中结对县（元）', key: 'paired', width: 14, style: { numFmt: YUAN } },
    { header: '计入份额（元）', key: 'quota', width: 14, style: { numFmt: YUAN } },
    { header: '计入份额（分）', key: 'quotaFen', width: 14 },
  ];
  for (const o of orders) {
    sheet.addRow({
      orderNo: o.orderNo,
      acceptedOn: o.acceptedOn,
      purpose: PURPOSE_LABELS[o.purpose] ?? o.purpose,
      supplier: o.supplierName,
      accepted: yuan(o.acceptedFen),
      refunded: yuan(o.refundedFen),
      counted: yuan(o.countedFen),
      paired: yuan(o.pairedFen),
      quota: yuan(o.quotaFen),
      quotaFen: o.quotaFen,
    });
  }
  sheet.getRow(1).font = { bold: true };
}

function declarationText(q: QuotaView): string {
  if (!q.declaration) return '未申报';
  const base = q.declaration.hasCanteen ? '有食堂' : '无食堂（无预留份额，采购仍计入）';
  return q.declaration.remarks ? `${base}；${q.declaration.remarks}` : base;
}

function scopeText(p: QuotaView['policy']): string {
  const parts = ['食堂采购', ...(p.countsUnionWelfare ? ['工会福利'] : []), ...(p.countsStaffPurchases ? ['职工自购'] : [])];
  return `${parts.join('、')}${p.pairedCountiesOnly ? '；只计结对县' : ''}`;
}

/** Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266 / RFC 5987). */
export function contentDisposition(file: Pick<XlsxFile, 'filename' | 'asciiFilename'>): string {
  const encoded = encodeURIComponent(file.filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${file.asciiFilename}"; filename*=UTF-8''${encoded}`;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
