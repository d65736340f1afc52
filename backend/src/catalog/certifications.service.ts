import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, LessThanOrEqual, MoreThanOrEqual, Repository } from 'typeorm';
import { AppError } from '../common/app-error';
import { todayInShanghai } from '../common/validators';
import { FilesService } from '../files/files.service';
import { AddCertificationDto } from './certification.dto';
import { Certification, CertificationReview, CertificationType, CERTIFICATION_LABELS } from './certification.entity';
import { Product } from './product.entity';
import { CertificationView } from './views';

export const isValidOn = (c: Certification, date: string) => c.validFrom <= date && c.validTo >= date;

export function certificationView(c: Certification, today = todayInShanghai()): CertificationView {
  return {
    id: c.id,
    type: c.type,
    label: CERTIFICATION_LABELS[c.type],
    number: c.number,
    issuer: c.issuer,
    issuingCountyCode: c.issuingCountyCode,
    validFrom: c.validFrom,
    validTo: c.validTo,
    linkedHouseholds: c.linkedHouseholds,
    documentUrl: `/api/files/${c.documentFileId}`,
    review: c.review,
    rejectReason: c.rejectReason,
    valid: isValidOn(c, today),
  };
}

/**
 * Certificates of products. A certificate counts only once an operator approved it (with the
 * product's first review, or as a change of a product already approved) and only inside its
 * validity; 消费帮扶产品认定 must come from the product's origin county and name its households.
 */
@Injectable()
export class CertificationsService {
  constructor(
    @InjectRepository(Certification) private readonly repo: Repository<Certification>,
    private readonly files: FilesService,
  ) {}

  async add(product: Product, dto: AddCertificationDto): Promise<Certification> {
    if (dto.validTo < dto.validFrom) throw AppError.badRequest('INVALID_PERIOD', '证书有效期结束日期不能早于开始日期');
    if (dto.validTo < todayInShanghai()) throw AppError.badRequest('CERTIFICATE_EXPIRED', '证书已过期，不能添加');
    if (dto.type === CertificationType.ASSISTANCE) {
      if (!dto.issuingCountyCode || dto.linkedHouseholds === undefined) {
        throw AppError.badRequest('ASSISTANCE_FIELDS_REQUIRED', '消费帮扶产品认定须填写认定县和联结带动户数');
      }
      if (dto.issuingCountyCode !== product.originCountyCode) {
        throw AppError.badRequest('ISSUING_COUNTY_MISMATCH', '消费帮扶产品认定须由产品产地县出具');
      }
    }
    await this.files.requireFile(dto.documentFileId, { supplierId: product.supplierId });
    return this.repo.save(
      this.repo.create({
        productId: product.id,
        type: dto.type,
        number: dto.number.trim(),
        issuer: dto.issuer.trim(),
        issuingCountyCode: dto.issuingCountyCode ?? null,
        validFrom: dto.validFrom,
        validTo: dto.validTo,
        linkedHouseholds: dto.linkedHouseholds ?? null,
        documentFileId: dto.documentFileId,
        review: CertificationReview.PENDING,
        rejectReason: null,
      }),
    );
  }

  forProduct(productId: string, opts: { approvedOnly?: boolean; validOn?: string } = {}): Promise<Certification[]> {
    return this.repo.find({
      where: {
        productId,
        ...(opts.approvedOnly ? { review: CertificationReview.APPROVED } : {}),
        ...(opts.validOn ? { validFrom: LessThanOrEqual(opts.validOn), validTo: MoreThanOrEqual(opts.validOn) } : {}),
      },
      order: { type: 'ASC', validTo: 'DESC' },
    });
  }

  forProducts(productIds: string[], opts: { approvedOnly?: boolean; validOn?: string } = {}): Promise<Certification[]> {
    if (!productIds.length) return Promise.resolve([]);
    return this.repo.find({
      where: {
        productId: In(productIds),
        ...(opts.approvedOnly ? { review: CertificationReview.APPROVED } : {}),
        ...(opts.validOn ? { validFrom: LessThanOrEqual(opts.validOn), validTo: MoreThanOrEqual(opts.validOn) } : {}),
      },
    });
  }

  async hasValidAssistance(productId: string, date: string): Promise<boolean> {
    const certs = await this.forProduct(productId, { approvedOnly: true, validOn: date });
    return certs.some((c) => c.type === CertificationType.ASSISTANCE);
  }

  /** Ids of products that have an approved 消费帮扶产品认定 valid on `date`. */
  async productIdsWithValidAssistance(date: string): Promise<Set<string>> {
    const rows = await this.repo.find({
      select: { productId: true },
      where: { type: CertificationType.ASSISTANCE, review: CertificationReview.APPROVED, validFrom: LessThanOrEqual(date), validTo: MoreThanOrEqual(date) },
    });
    return new Set(rows.map((r) => r.productId));
  }

  async pendingProductIds(): Promise<string[]> {
    return (await this.repo.find({ select: { productId: true }, where: { review: CertificationReview.PENDING } })).map((c) => c.productId);
  }

  pending(productId: string, m?: EntityManager): Promise<Certification[]> {
    const repo = m ? m.getRepository(Certification) : this.repo;
    return repo.find({ where: { productId, review: CertificationReview.PENDING } });
  }

  /** Settles every pending certificate of a product with the review's outcome. */
  async settlePending(m: EntityManager, productId: string, approved: boolean, reason?: string): Promise<void> {
    await m.update(
      Certification,
      { productId, review: CertificationReview.PENDING },
      approved ? { review: CertificationReview.APPROVED, rejectReason: null } : { review: CertificationReview.REJECTED, rejectReason: reason ?? null },
    );
  }
}
