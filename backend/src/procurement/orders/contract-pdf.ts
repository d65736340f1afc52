import PDFDocument from 'pdfkit';
import { CjkFont } from './contract-font';

export interface ContractData {
  orderNo: string;
  agencyName: string;
  canteenName: string;
  supplierName: string;
  supplierCreditCode: string | null;
  lines: { productName: string; spec: string; unit: string; quantity: number; unitPriceFen: number; lineFen: number }[];
  totalFen: number;
  deliveryDate: string;
  deliveryAddress: string;
  contactName: string;
  contactPhone: string;
  confirmedAt: Date;
}

export const yuan = (fen: number) => `¥${(fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

const SHANGHAI_TIME = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

export const shanghaiTime = (at: Date) => SHANGHAI_TIME.format(at);

/** Columns of the line table: x position and width on an A4 page with 50 pt margins. */
const COLS = [
  { title: '序号', x: 50, w: 30 },
  { title: '商品', x: 80, w: 150 },
  { title: '规格', x: 230, w: 95 },
  { title: '数量', x: 325, w: 55 },
  { title: '单价', x: 380, w: 75 },
  { title: '金额', x: 455, w: 90 },
];

/**
 * The contract snapshot (采购合同) of a confirmed procurement order: the parties, what was agreed
 * (lines at the confirmed prices, total), delivery and the confirmation time. The document's dates
 * are the confirmation time, so the same order always renders the same content.
 */
export function renderContract(data: ContractData, font: CjkFont): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `采购合同 ${data.orderNo}`, Author: '帮扶集市', CreationDate: data.confirmedAt, ModDate: data.confirmedAt } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      if (font.family) doc.registerFont('cjk', font.path, font.family);
      else doc.registerFont('cjk', font.path);
      doc.font('cjk');
      doc.fontSize(18).text('消费帮扶农副产品采购合同', { align: 'center' });
      doc.moveDown(0.3).fontSize(10).text(`订单编号：${data.orderNo}`, { align: 'center' });
      doc.moveDown(1).fontSize(11);
      doc.text(`采购方（甲方）：${data.agencyName}`);
      doc.text(`收货食堂：${data.canteenName}`);
      doc.text(`供应方（乙方）：${data.supplierName}${data.supplierCreditCode ? `（统一社会信用代码 ${data.supplierCreditCode}）` : ''}`);
      doc.moveDown(0.8).text('一、采购明细（价格为乙方确认的成交价）');
      doc.moveDown(0.4).fontSize(10);
      let y = doc.y;
      for (const c of COLS) doc.text(c.title, c.x, y, { width: c.w });
      y += 18;
      doc.moveTo(50, y - 4).lineTo(545, y - 4).stroke();
      data.lines.forEach((l, i) => {
        if (y > 740) {
          doc.addPage();
          y = 50;
        }
        const cells = [String(i + 1), l.productName, l.spec, `${l.quantity}${l.unit}`, yuan(l.unitPriceFen), yuan(l.lineFen)];
        const height = Math.max(...cells.map((t, j) => doc.heightOfString(t, { width: COLS[j].w })));
        cells.forEach((t, j) => doc.text(t, COLS[j].x, y, { width: COLS[j].w }));
        y += height + 6;
      });
      doc.moveTo(50, y).lineTo(545, y).stroke();
      doc.fontSize(11).text(`合计金额：${yuan(data.totalFen)}（${data.totalFen} 分）`, 50, y + 8);
      doc.moveDown(1).text('二、交付', 50);
      doc.text(`送达日期：${data.deliveryDate}`);
      doc.text(`收货地址：${data.deliveryAddress}`);
      doc.text(`收货人：${data.contactName}  电话：${data.contactPhone}`);
      doc.moveDown(1).text('三、验收与结算');
      doc.fontSize(10).text('甲方按实际验收数量与上述成交价结算；乙方凭验收结果开具发票，甲方验票后以对公转账或支付宝付款。');
      doc.moveDown(1).fontSize(11).text(`乙方确认时间：${shanghaiTime(data.confirmedAt)}（北京时间）`);
      doc.moveDown(2).fontSize(9).fillColor('#666666').text('本合同由帮扶集市根据甲乙双方在线提交与确认的订单自动生成，平台保存其 SHA-256 摘要以供核验。');
      doc.end();
    } catch (err) {
      reject(err);
    }
  });
}
