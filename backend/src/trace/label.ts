import { Batch } from './batch.entity';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML element content and quoted attributes. */
export const escapeHtml = (s: string | number) => String(s).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

/** Sent with the label: nothing but its own inline styles and the inline SVG may load or run. */
export const LABEL_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * The printable 承诺达标合格证 of a batch (A6 portrait, 105 × 148 mm), with the trace QR as inline
 * SVG. Every value from records is escaped; only `qrSvg`, which the qrcode library draws, is markup.
 */
export function renderLabel(batch: Batch, qrSvg: string, traceUrl: string): string {
  const c = batch.certificate;
  const row = (label: string, value: string | number) => `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>承诺达标合格证 ${escapeHtml(batch.batchNo)}</title>
<style>
  @page { size: 105mm 148mm; margin: 5mm; }
  * { box-sizing: border-box; }
  body { margin: 0; font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; color: #000; background: #fff; }
  .label { width: 95mm; min-height: 138mm; margin: 0 auto; padding: 3mm; border: 0.4mm solid #000; font-size: 9pt; line-height: 1.35; }
  h1 { margin: 0 0 2mm; font-size: 14pt; text-align: center; letter-spacing: 0.3em; }
  table { width: 100%; border-collapse: collapse; }
  th, td { border: 0.2mm solid #000; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
  th { width: 26mm; font-weight: normal; white-space: nowrap; }
  .promise { margin: 2mm 0; padding: 1.5mm; border: 0.2mm solid #000; }
  .marks { margin-top: 1mm; }
  .trace { display: flex; align-items: center; gap: 3mm; margin-top: 2mm; }
  .qr svg { width: 30mm; height: 30mm; display: block; }
  .code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 10pt; letter-spacing: 0.05em; word-break: break-all; }
  .hint { font-size: 8pt; }
  @media screen { body { padding: 8mm 0; background: #eee; } .label { background: #fff; } }
  @media print { .label { page-break-after: always; } }
</style>
</head>
<body>
<main class="label">
  <h1>承诺达标合格证</h1>
  <table>
    ${row('食用农产品名称', c.productName)}
    ${row('数量（重量）', c.quantityText)}
    ${row('生产者', c.producer)}
    ${row('产地', c.origin)}
    ${row('联系方式', c.contactPhone)}
    ${row('开具日期', c.issuedOn)}
    ${row('批次号', batch.batchNo)}
    ${row('采收（生产）日期', batch.harvestDate)}
  </table>
  <div class="promise">${escapeHtml(c.promise)}
    <div class="marks">${c.selfTested ? '☑ 自检合格' : '☐ 自检合格'}</div>
  </div>
  <div class="trace">
    <div class="qr">${qrSvg}</div>
    <div>
      <div class="hint">扫码查看产地、检测与流通信息</div>
      <div class="code">追溯码 ${escapeHtml(batch.traceCode)}</div>
      <div class="hint">${escapeHtml(traceUrl)}</div>
    </div>
  </div>
</main>
</body>
</html>
`;
}
