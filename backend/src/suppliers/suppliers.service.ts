import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AuditLog } from '../audit/audit-log.service';
import { AppError } from '../common/app-error';
import { todayInShanghai } from '../common/validators';
import { isUniqueViolation } from '../database/dialect';
import { FilesService } from '../files/files.service';
import { PairingsService } from '../regions/pairings.service';
import { CreateSupplierDto, SupplierDetail, SupplierProfileDto } from './dto';
import { SupplierAction, SupplierDecision } from './supplier-decision.entity';
import { Supplier, SupplierKind, SupplierStatus } from './supplier.entity';
import { supplierDetail } from './views';

/** Who takes a decision: a user (id and name as the access guard resolved them), or null for the system. */
export interface Actor {
  id: string;
  name: string;
}

export const BUSINESS_LICENCE = '营业执照';

export const duplicateSupplier = () => AppError.conflict('SUPPLIER_EXISTS', '该统一社会信用代码的供应商已存在');

/** The columns a supplier's own statement sets (application or correction). */
export function profileColumns(dto: SupplierProfileDto): Partial<Supplier> {
  return {
    name: dto.name.trim(),
    creditCode: dto.creditCode,
    countyCode: dto.countyCode,
    kind: dto.kind,
    licences: dto.licences.map((l) => ({ type: l.type.trim(), number: l.number.trim(), expiresOn: l.expiresOn ?? null, fileId: l.fileId ?? null })),
    contactName: dto.contact.name.trim(),
    contactPhone: dto.contact.phone,
    contactAddress: dto.contact.address.trim(),
    linkedHouseholds: dto.linkedHouseholds,
    linkageDescription: dto.linkageDescription.trim(),
  };
}

/**
 * Supplier organisations: creation (by application or by an operator), lookups, and the questions
 * other modules ask (is this supplier allowed to sell?). Review decisions live in SupplierReviewService.
 */
@Injectable()
export class SuppliersService {
  constructor(
    @InjectRepository(Supplier) private readonly repo: Repository<Supplier>,
    @InjectRepository(SupplierDecision) private readonly decisions: Repository<SupplierDecision>,
    private readonly dataSource: DataSource,
    private readonly pairings: PairingsService,
    private readonly files: FilesService,
    private readonly audit: AuditLog,
  ) {}

  async assertAssistedCounty(countyCode: string): Promise<void> {
    if (!(await this.pairings.isAssistedCounty(countyCode, todayInShanghai()))) {
      throw AppError.badRequest('NOT_ASSISTED_COUNTY', '该县目前没有东西部协作结对关系，不能注册供应商');
    }
  }

  /**
   * An operator registers a supplier organisation directly (admitted at once, recorded as an ADMIT
   * decision). Used by the back office, the demo data and tests.
   */
  async createAdmitted(dto: CreateSupplierDto, actor: Actor | null = null): Promise<Supplier> {
    await this.assertAssistedCounty(dto.countyCode);
    try {
      return await this.dataSource.transaction(async (m) => {
        const s = await m.save(
          m.create(Supplier, { name: dto.name.trim(), creditCode: dto.creditCode, countyCode: dto.countyCode, kind: dto.kind ?? SupplierKind.COOPERATIVE, status: SupplierStatus.APPROVED }),
        );
        await this.record(m, s.id, SupplierAction.ADMIT, null, SupplierStatus.APPROVED, null, actor);
        await this.audit.record({ actor, action: 'supplier.admit', subjectType: 'supplier', subjectId: s.id, supplierId: s.id, summary: `直接登记并准入供应商「${s.name}」`, after: { status: s.status, creditCode: s.creditCode, countyCode: s.countyCode } }, m);
        return s;
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw duplicateSupplier();
      throw err;
    }
  }

  /**
   * Checks what a supplier states about itself: an assisted county, a business licence among its
   * licences, none expired, and scans that exist and belong to it.
   */
  async checkProfile(dto: SupplierProfileDto, supplierId: string): Promise<void> {
    await this.assertAssistedCounty(dto.countyCode);
    if (!dto.licences.some((l) => l.type.trim() === BUSINESS_LICENCE)) {
      throw AppError.badRequest('LICENCE_REQUIRED', '证照中须包含营业执照');
    }
    const today = todayInShanghai();
    const expired = dto.licences.find((l) => l.expiresOn && l.expiresOn < today);
    if (expired) throw AppError.badRequest('LICENCE_EXPIRED', `证照「${expired.type.trim()}」已过期`);
    for (const l of dto.licences) if (l.fileId) await this.files.requireFile(l.fileId, { supplierId });
  }

  async isCreditCodeTaken(creditCode: string, exceptId?: string): Promise<boolean> {
    const s = await this.repo.findOneBy({ creditCode });
    return s !== null && s.id !== exceptId;
  }

  /**
   * Inserts an applying supplier (PENDING) and its SUBMIT decision with the caller's manager, so the
   * admission can create the supplier and its first user in one transaction. `supplierId` is chosen
   * by the caller (the first user's membership names it before either row exists).
   */
  async insertApplication(m: EntityManager, supplierId: string, dto: SupplierProfileDto, applicant: Actor): Promise<Supplier> {
    const s = m.create(Supplier, { ...profileColumns(dto), id: supplierId, status: SupplierStatus.PENDING, submittedAt: new Date() });
    try {
      await m.save(s);
    } catch (err) {
      if (isUniqueViolation(err)) throw duplicateSupplier();
      throw err;
    }
    await this.record(m, s.id, SupplierAction.SUBMIT, null, SupplierStatus.PENDING, null, applicant);
    await this.audit.record({ actor: applicant, action: 'supplier.apply', subjectType: 'supplier', subjectId: s.id, supplierId: s.id, summary: `「${s.name}」提交入驻申请`, after: { status: s.status, creditCode: s.creditCode, countyCode: s.countyCode } }, m);
    return s;
  }

  /** Appends one decision to a supplier's history. */
  async record(
    m: EntityManager,
    supplierId: string,
    action: SupplierAction,
    fromStatus: SupplierStatus | null,
    toStatus: SupplierStatus,
    reason: string | null,
    actor: Actor | null,
  ): Promise<SupplierDecision> {
    return m.save(
      m.create(SupplierDecision, { supplierId, action, fromStatus, toStatus, reason, actorId: actor?.id ?? null, actorName: actor?.name.slice(0, 50) ?? null, decidedAt: new Date() }),
    );
  }

  async get(id: string): Promise<Supplier> {
    const s = await this.repo.findOneBy({ id });
    if (!s) throw AppError.notFound('供应商');
    return s;
  }

  /** The supplier with its whole decision history, oldest first. */
  async detail(id: string): Promise<SupplierDetail> {
    const s = await this.get(id);
    const decisions = await this.decisions.find({ where: { supplierId: id }, order: { decidedAt: 'ASC', createdAt: 'ASC' } });
    return supplierDetail(s, decisions);
  }

  list(filter: { status?: SupplierStatus } = {}): Promise<Supplier[]> {
    return this.repo.find({ where: filter.status ? { status: filter.status } : {}, order: { name: 'ASC' }, take: 1000 });
  }

  /** True when the supplier may sell now (APPROVED). Suspended, pending and rejected suppliers may not. */
  async isActive(supplierId: string): Promise<boolean> {
    return (await this.repo.countBy({ id: supplierId, status: SupplierStatus.APPROVED })) > 0;
  }

  /** Ids of every supplier that may sell now; the shop shows only their products. */
  async activeSupplierIds(): Promise<string[]> {
    const rows = await this.repo.find({ select: { id: true }, where: { status: SupplierStatus.APPROVED } });
    return rows.map((r) => r.id);
  }

  /** The supplier when it may sell now; 404 when unknown, 409 SUPPLIER_NOT_ACTIVE otherwise. */
  async requireActive(supplierId: string): Promise<Supplier> {
    const s = await this.get(supplierId);
    if (s.status !== SupplierStatus.APPROVED) throw AppError.conflict('SUPPLIER_NOT_ACTIVE', '供应商未准入或已被暂停，不能进行此操作');
    return s;
  }
}
