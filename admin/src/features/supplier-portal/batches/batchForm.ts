import type { Dayjs } from 'dayjs';
import type { CreateBatchBody } from './api';

export interface BatchValues {
  productId: string;
  supplyBaseId?: string;
  batchNo: string;
  harvestDate: Dayjs;
  quantity: number;
  unit: string;
  inspected: boolean;
  inspection?: {
    lab: string;
    testedOn: Dayjs;
    items: { name: string; result: string; passed: boolean }[];
    reportFileId?: string;
  };
  certificate: {
    contactPhone: string;
    producer?: string;
    origin?: string;
    quantityText?: string;
    issuedOn?: Dayjs | null;
    selfTested?: boolean;
  };
}

const day = (d: Dayjs) => d.format('YYYY-MM-DD');
const opt = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);

/** The overall conclusion follows the items: passed only when every item passed. */
export const inspectionPassed = (items: { passed: boolean }[]) => items.length > 0 && items.every((i) => i.passed);

export function toBatchBody(v: BatchValues): CreateBatchBody {
  const c = v.certificate;
  const certificate: CreateBatchBody['certificate'] = { contactPhone: c.contactPhone.trim(), selfTested: !!c.selfTested };
  if (opt(c.producer)) certificate.producer = opt(c.producer);
  if (opt(c.origin)) certificate.origin = opt(c.origin);
  if (opt(c.quantityText)) certificate.quantityText = opt(c.quantityText);
  if (c.issuedOn) certificate.issuedOn = day(c.issuedOn);
  const body: CreateBatchBody = {
    productId: v.productId,
    batchNo: v.batchNo.trim(),
    harvestDate: day(v.harvestDate),
    quantity: v.quantity,
    unit: v.unit.trim(),
    certificate,
  };
  if (v.supplyBaseId) body.supplyBaseId = v.supplyBaseId;
  if (v.inspected && v.inspection) {
    const items = v.inspection.items.map((i) => ({ name: i.name.trim(), result: i.result.trim(), passed: !!i.passed }));
    body.inspection = {
      lab: v.inspection.lab.trim(),
      testedOn: day(v.inspection.testedOn),
      items,
      passed: inspectionPassed(items),
      ...(v.inspection.reportFileId ? { reportFileId: v.inspection.reportFileId } : {}),
    };
  }
  return body;
}
