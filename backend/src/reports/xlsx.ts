import ExcelJS from 'exceljs';
import type { Response } from 'express';

/** One column of an exported table: header text, how to read the value, and its kind. */
export interface XlsxColumn<T> {
  header: string;
  value: (row: T) => string | number | null;
  /** 'yuan' turns fen into yuan with two decimals (the sheet shows money as people read it). */
  kind?: 'text' | 'int' | 'yuan' | 'percent';
  width?: number;
}

export interface XlsxSheet<T> {
  name: string;
  /** Lines above the table (title, period), one cell each. */
  caption?: string[];
  columns: XlsxColumn<T>[];
  rows: T[];
  /** A last, bold row (合计). */
  total?: T;
}

const FORMATS = { int: '#,##0', yuan: '#,##0.00', percent: '0.0%', text: '@' } as const;

/**
 * The one spreadsheet writer of the backend: a workbook of plain tables with a caption, a bold
 * header, number formats and an optional total row. (Shared helper — other contexts that export
 * .xlsx can use it too.)
 */
export async function buildWorkbook(sheets: XlsxSheet<any>[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '帮扶集市';
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name.slice(0, 31));
    for (const line of s.caption ?? []) ws.addRow([line]);
    const header = ws.addRow(s.columns.map((c) => c.header));
    header.font = { bold: true };
    const put = (row: unknown, bold = false) => {
      const r = ws.addRow(
        s.columns.map((c) => {
          const v = c.value(row);
          return c.kind === 'yuan' && typeof v === 'number' ? v / 100 : v;
        }),
      );
      if (bold) r.font = { bold: true };
    };
    for (const row of s.rows) put(row);
    if (s.total) put(s.total, true);
    s.columns.forEach((c, i) => {
      const col = ws.getColumn(i + 1);
      col.width = c.width ?? Math.max(10, Math.min(40, c.header.length * 2 + 4));
      if (c.kind && c.kind !== 'text') col.numFmt = FORMATS[c.kind];
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function sendWorkbook(res: Response, filename: string, sheets: XlsxSheet<any>[]): Promise<void> {
  const body = await buildWorkbook(sheets);
  res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  res.setHeader('Content-Disposition', `attachment; filename="report.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`);
  res.send(body);
}
