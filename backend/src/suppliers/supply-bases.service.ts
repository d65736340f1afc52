import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AuditLog } from '../audit/audit-log.service';
import { AppError } from '../common/app-error';
import { todayInShanghai } from '../common/validators';
import { FilesService } from '../files/files.service';
import { PairingsService } from '../regions/pairings.service';
import { RegionsService } from '../regions/regions.service';
import { CreateSupplyBaseDto, SupplyBaseView, UpdateSupplyBaseDto } from './base-dto';
import { supplyBaseLifecycle } from './supply-base-lifecycle';
import { supplyBaseView } from './supply-base-views';
import { BaseCertification, SupplyBase, SupplyBaseStatus } from './supply-base.entity';
import { Actor } from './suppliers.service';

const LOCATION_FIELDS = ['countyCode', 'township', 'latitudeE6', 'longitudeE6'] as const;

const certColumns = (certs: CreateSupplyBaseDto['certifications']): BaseCertification[] =>
  certs.map((c) => ({ type: c.type, number: c.number.trim(), validFrom: c.validFrom, validTo: c.validTo, fileId: c.fileId ?? null }));

/**
 * Supply bases (供深基地 and others). A base must lie in an assisted county: products are eligible
 * for consumption assistance only when made in one (消费帮扶产品认定), so a base elsewhere could
 * never back an eligible product. The county is checked when the location is set or changed.
 */
@Injectable()
export class SupplyBasesService {
  constructor(
    @InjectRepository(SupplyBase) private readonly repo: Repository<SupplyBase>,
    private readonly pairings: PairingsService,
    private readonly regions: RegionsService,
    private readonly files: FilesService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async get(id: string): Promise<SupplyBase> {
    const b = await this.repo.findOneBy({ id });
    if (!b) throw AppError.notFound('基地');
    return b;
  }

  /** The base when it belongs to the supplier; 404 otherwise (another supplier's base is not revealed). */
  async requireOwnBase(supplierId: string, baseId: string): Promise<SupplyBase> {
    const b = await this.repo.findOneBy({ id: baseId, supplierId });
    if (!b) throw AppError.notFound('基地');
    return b;
  }

  listOf(supplierId: string): Promise<SupplyBase[]> {
    return this.repo.find({ where: { supplierId }, order: { createdAt: 'ASC' }, take: 500 });
  }

  list(filter: { status?: SupplyBaseStatus } = {}): Promise<SupplyBase[]> {
    return this.repo.find({ where: filter.status ? { status: filter.status } : {}, order: { updatedAt: 'ASC' }, take: 1000 });
  }

  async create(supplierId: string, dto: CreateSupplyBaseDto): Promise<SupplyBase> {
    await this.checkLocation(dto.countyCode);
    await this.checkDetails(supplierId, dto);
    return this.repo.save(
      this.repo.create({
        supplierId,
        name: dto.name.trim(),
        countyCode: dto.countyCode,
        township: dto.township.trim(),
        latitudeE6: Math.round(dto.latitude * 1e6),
        longitudeE6: Math.round(dto.longitude * 1e6),
        areaCentiMu: Math.round(dto.areaMu * 100),
        baseType: dto.baseType,
        products: dto.products.map((p) => p.trim()),
        certifications: certColumns(dto.certifications),
        soilTestedOn: dto.soilTestedOn ?? null,
        waterTestedOn: dto.waterTestedOn ?? null,
        status: SupplyBaseStatus.PENDING,
      }),
    );
  }

  /**
   * Changes a supplier's own base. Moving a verified base or changing its certifications sends it
   * back to review (PENDING); so does any change of a rejected base (a resubmission).
   */
  async update(supplierId: string, id: string, dto: UpdateSupplyBaseDto): Promise<SupplyBase> {
    const b = await this.requireOwnBase(supplierId, id);
    await this.checkDetails(supplierId, dto);
    const before = { ...b, certifications: JSON.stringify(b.certifications) };
    if (dto.name !== undefined) b.name = dto.name.trim();
    if (dto.countyCode !== undefined) b.countyCode = dto.countyCode;
    if (dto.township !== undefined) b.township = dto.township.trim();
    if (dto.latitude !== undefined) b.latitudeE6 = Math.round(dto.latitude * 1e6);
    if (dto.longitude !== undefined) b.longitudeE6 = Math.round(dto.longitude * 1e6);
    if (dto.areaMu !== undefined) b.areaCentiMu = Math.round(dto.areaMu * 100);
    if (dto.baseType !== undefined) b.baseType = dto.baseType;
    if (dto.products !== undefined) b.products = dto.products.map((p) => p.trim());
    if (dto.certifications !== undefined) b.certifications = certColumns(dto.certifications);
    if (dto.soilTestedOn !== undefined) b.soilTestedOn = dto.soilTestedOn;
    if (dto.waterTestedOn !== undefined) b.waterTestedOn = dto.waterTestedOn;

    const moved = LOCATION_FIELDS.some((f) => b[f] !== before[f]);
    if (b.countyCode !== before.countyCode) await this.checkLocation(b.countyCode);
    const recertified = JSON.stringify(b.certifications) !== before.certifications;
    const needsReview = b.status === SupplyBaseStatus.REJECTED || (b.status === SupplyBaseStatus.VERIFIED && (moved || recertified));
    if (needsReview) {
      supplyBaseLifecycle.assertTransition(b.status, SupplyBaseStatus.PENDING);
      b.status = SupplyBaseStatus.PENDING;
      b.statusReason = null;
      b.reviewedById = null;
      b.reviewedAt = null;
    }
    return this.repo.save(b);
  }

  verify(id: string, actor: Actor): Promise<SupplyBase> {
    return this.decide(id, SupplyBaseStatus.VERIFIED, actor, null);
  }

  reject(id: string, actor: Actor, reason: string): Promise<SupplyBase> {
    return this.decide(id, SupplyBaseStatus.REJECTED, actor, reason.trim());
  }

  /** Views with county names, for lists and single bases alike. */
  async views(bases: SupplyBase[]): Promise<SupplyBaseView[]> {
    const today = todayInShanghai();
    const names = new Map<string, string | null>();
    for (const code of new Set(bases.map((b) => b.countyCode))) names.set(code, (await this.regions.find(code))?.fullName ?? null);
    return bases.map((b) => supplyBaseView(b, names.get(b.countyCode) ?? null, today));
  }

  async view(b: SupplyBase): Promise<SupplyBaseView> {
    return (await this.views([b]))[0];
  }

  private async decide(id: string, to: SupplyBaseStatus, actor: Actor, reason: string | null): Promise<SupplyBase> {
    const b = await this.get(id);
    supplyBaseLifecycle.assertTransition(b.status, to);
    // Conditional on the status read, so two operators deciding at once cannot both succeed.
    await this.dataSource.transaction(async (m) => {
      const res = await m.update(SupplyBase, { id, status: b.status }, { status: to, statusReason: reason, reviewedById: actor.id, reviewedAt: new Date(), updatedAt: new Date() });
      if (!res.affected) throw AppError.conflict('STALE_STATUS', '基地状态已被修改，请刷新后重试');
      const verb = to === SupplyBaseStatus.VERIFIED ? 'verify' : 'reject';
      await this.audit.record({
        actor, action: `supply_base.${verb}`, subjectType: 'supply_base', subjectId: id, supplierId: b.supplierId,
        summary: `${verb === 'verify' ? '核验通过' : '驳回'}基地「${b.name}」${reason ? `：${reason}` : ''}`,
        before: { status: b.status, statusReason: b.statusReason }, after: { status: to, statusReason: reason },
      }, m);
    });
    return this.get(id);
  }

  private async checkLocation(countyCode: string): Promise<void> {
    if (!(await this.pairings.isAssistedCounty(countyCode, todayInShanghai()))) {
      throw AppError.badRequest('NOT_ASSISTED_COUNTY', '基地须位于有东西部协作结对关系的受帮扶县');
    }
  }

  private async checkDetails(supplierId: string, dto: UpdateSupplyBaseDto): Promise<void> {
    const today = todayInShanghai();
    for (const c of dto.certifications ?? []) {
      if (c.validTo < c.validFrom) throw AppError.badRequest('INVALID_PERIOD', `证书 ${c.number} 的有效期结束日期早于开始日期`);
      if (c.fileId) await this.files.requireFile(c.fileId, { supplierId });
    }
    for (const [field, label] of [['soilTestedOn', '土壤检测'], ['waterTestedOn', '水质检测']] as const) {
      const d = dto[field];
      if (d && d > today) throw AppError.badRequest('FUTURE_DATE', `${label}日期不能晚于今天`);
    }
  }
}
