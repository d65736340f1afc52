import { AppError } from '../common/app-error';
import { todayInShanghai } from '../common/validators';
import { ComplianceCertificate } from './batch.entity';
import { CertificateInput } from './dto';

/** The promise printed on every 承诺达标合格证 (fixed wording; suppliers cannot change it). */
export const PROMISE_TEXT = '我承诺对生产销售的食用农产品：不使用禁用农药兽药、停用兽药和非法添加物；常规农药兽药残留不超标；对承诺的真实性负责。';

export interface CertificateDefaults {
  productName: string;
  quantity: number;
  unit: string;
  producer: string;
  origin: string;
  harvestDate: string;
}

/** The certificate as issued: the supplier's statements over defaults taken from the records. */
export function issueCertificate(input: CertificateInput, d: CertificateDefaults, today = todayInShanghai()): ComplianceCertificate {
  const issuedOn = input.issuedOn ?? today;
  if (issuedOn > today) throw AppError.badRequest('CERTIFICATE_DATE_IN_FUTURE', '合格证开具日期不能晚于今天');
  if (issuedOn < d.harvestDate) throw AppError.badRequest('CERTIFICATE_BEFORE_HARVEST', '合格证开具日期不能早于采收（生产）日期');
  return {
    productName: d.productName,
    quantityText: input.quantityText?.trim() || `${d.quantity} ${d.unit}`,
    producer: input.producer?.trim() || d.producer,
    origin: input.origin?.trim() || d.origin,
    contactPhone: input.contactPhone,
    issuedOn,
    promise: PROMISE_TEXT,
    selfTested: input.selfTested ?? false,
  };
}
