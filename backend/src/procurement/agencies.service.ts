import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, Repository } from 'typeorm';
import { AuditActor, AuditLog, SYSTEM_ACTOR } from '../audit/audit-log.service';
import { AppError } from '../common/app-error';
import { isUniqueViolation } from '../database/dialect';
import { inTransaction } from '../database/transaction';
import { DivisionLevel } from '../regions/division.entity';
import { RegionsService } from '../regions/regions.service';
import { Agency } from './agency.entity';
import { Canteen, CanteenKind } from './canteen.entity';
import { AgencyList, AgencyListQuery, AgencyRegionView, AgencyView, CanteenInput, CanteenView, CreateAgencyDto, UpdateAgencyDto, UpdateCanteenDto } from './dto';
import { divisionLike } from './quota/division-scope';

export const CANTEEN_KIND_LABELS: Record<CanteenKind, string> = { OWN: '自办', SHARED: '共用', OUTSOURCED: '外包' };

const agencyFields = (a: Agency) => ({ name: a.name, level: a.level, status: a.status, divisionCode: a.divisionCode, creditCode: a.creditCode });
const canteenFields = (c: Canteen) => ({
  name: c.name,
  address: c.address,
  kind: c.kind,
  contractorName: c.contractorName,
  contractorUserId: c.contractorUserId,
  contactName: c.contactName,
  contactPhone: c.contactPhone,
});

/** An outsourced canteen names its contractor; the others have none. */
function checkCanteen(c: Pick<Canteen, 'kind' | 'contractorName' | 'contractorUserId'>): void {
  if (c.kind === CanteenKind.OUTSOURCED && !c.contractorName) throw AppError.badRequest('CONTRACTOR_REQUIRED', '外包食堂须填写承包方名称');
  if (c.kind !== CanteenKind.OUTSOURCED && c.contractorName) throw AppError.badRequest('CONTRACTOR_NOT_ALLOWED', '只有外包食堂才有承包方');
  if (c.kind !== CanteenKind.OUTSOURCED && c.contractorUserId) {
    throw AppError.badRequest('CONTRACTOR_ACCOUNT_EXISTS', '该食堂已有承包方采购账号，请先停用该账号再改为非外包');
  }
}

@Injectable()
export class AgenciesService {
  constructor(
    @InjectRepository(Agency) private readonly agencies: Repository<Agency>,
    @InjectRepository(Canteen) private readonly canteens: Repository<Canteen>,
    private readonly dataSource: DataSource,
    private readonly regions: RegionsService,
    private readonly audit: AuditLog,
  ) {}

  async create(dto: CreateAgencyDto, actor: AuditActor = SYSTEM_ACTOR): Promise<AgencyView> {
    await this.regions.requireDivision(dto.divisionCode);
    const names = dto.canteens.map((c) => c.name.trim());
    if (new Set(names).size !== names.length) throw AppError.badRequest('DUPLICATE_CANTEEN', '同一单位的食堂名称不能重复');
    const canteens = dto.canteens.map((c) => this.canteenRow(c));
    canteens.forEach((c) => checkCanteen(c));
    try {
      const id = await this.dataSource.transaction(async (m) => {
        const agency = await m.save(
          m.create(Agency, { name: dto.name.trim(), divisionCode: dto.divisionCode, creditCode: dto.creditCode ?? null, ...(dto.level ? { level: dto.level } : {}) }),
        );
        for (const c of canteens) await m.save(m.create(Canteen, { ...c, agencyId: agency.id }));
        await this.audit.record(
          { actor, action: 'agency.create', subjectType: 'agency', subjectId: agency.id, summary: `新建预算单位「${agency.name}」`, after: { ...agencyFields(agency), canteens: names }, agencyId: agency.id },
          m,
        );
        return agency.id;
      });
      return this.view(id);
    } catch (err) {
      if (isUniqueViolation(err)) throw AppError.conflict('AGENCY_EXISTS', '同名或同信用代码的预算单位已存在');
      throw err;
    }
  }

  async update(id: string, dto: UpdateAgencyDto, actor: AuditActor): Promise<AgencyView> {
    const before = await this.get(id);
    const change: Partial<Agency> = {};
    if (dto.name !== undefined && dto.name.trim() !== before.name) change.name = dto.name.trim();
    if (dto.level !== undefined && dto.level !== before.level) change.level = dto.level;
    if (dto.status !== undefined && dto.status !== before.status) change.status = dto.status;
    if (!Object.keys(change).length) return this.view(id);
    try {
      await inTransaction(this.dataSource, async (m) => {
        await m.update(Agency, { id }, { ...change, updatedAt: new Date() });
        const beforeValues = Object.fromEntries(Object.keys(change).map((k) => [k, before[k as keyof Agency]]));
        await this.audit.record(
          { actor, action: 'agency.update', subjectType: 'agency', subjectId: id, summary: `修改预算单位「${before.name}」`, before: beforeValues, after: change, agencyId: id },
          m,
        );
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw AppError.conflict('AGENCY_EXISTS', '同名的预算单位已存在');
      throw err;
    }
    return this.view(id);
  }

  async addCanteen(agencyId: string, dto: CanteenInput, actor: AuditActor): Promise<CanteenView> {
    const agency = await this.get(agencyId);
    const row = this.canteenRow(dto);
    checkCanteen(row);
    try {
      const saved = await inTransaction(this.dataSource, async (m) => {
        const c = await m.save(m.create(Canteen, { ...row, agencyId }));
        await this.audit.record(
          { actor, action: 'canteen.create', subjectType: 'canteen', subjectId: c.id, summary: `「${agency.name}」新增食堂「${c.name}」`, after: canteenFields(c), agencyId },
          m,
        );
        return c;
      });
      return canteenView(saved);
    } catch (err) {
      if (isUniqueViolation(err)) throw AppError.conflict('DUPLICATE_CANTEEN', '同一单位的食堂名称不能重复');
      throw err;
    }
  }

  async updateCanteen(agencyId: string, canteenId: string, dto: UpdateCanteenDto, actor: AuditActor): Promise<CanteenView> {
    const before = await this.getCanteen(agencyId, canteenId);
    if (dto.name === null) throw AppError.badRequest('NAME_REQUIRED', '食堂名称不能为空');
    const next: Canteen = Object.assign(Object.create(Canteen.prototype) as Canteen, before);
    if (dto.name !== undefined) next.name = dto.name.trim();
    if (dto.address !== undefined) next.address = dto.address?.trim() || null;
    if (dto.kind !== undefined && dto.kind !== null) next.kind = dto.kind;
    if (dto.contractorName !== undefined) next.contractorName = dto.contractorName?.trim() || null;
    if (dto.contactName !== undefined) next.contactName = dto.contactName?.trim() || null;
    if (dto.contactPhone !== undefined) next.contactPhone = dto.contactPhone?.trim() || null;
    // A canteen that stops being outsourced loses its contractor name with it.
    if (next.kind !== CanteenKind.OUTSOURCED && dto.contractorName === undefined) next.contractorName = null;
    checkCanteen(next);
    const changed = Object.entries(canteenFields(next)).filter(([k, v]) => v !== canteenFields(before)[k as keyof ReturnType<typeof canteenFields>]);
    if (!changed.length) return canteenView(before);
    const change = Object.fromEntries(changed);
    try {
      await inTransaction(this.dataSource, async (m) => {
        await m.update(Canteen, { id: canteenId, agencyId }, { ...change, updatedAt: new Date() });
        const beforeValues = Object.fromEntries(changed.map(([k]) => [k, before[k as keyof Canteen]]));
        await this.audit.record(
          { actor, action: 'canteen.update', subjectType: 'canteen', subjectId: canteenId, summary: `修改食堂「${before.name}」`, before: beforeValues, after: change, agencyId },
          m,
        );
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw AppError.conflict('DUPLICATE_CANTEEN', '同一单位的食堂名称不能重复');
      throw err;
    }
    return canteenView(await this.getCanteen(agencyId, canteenId));
  }

  /**
   * Links a contractor's buyer account to an outsourced canteen, inside the caller's transaction (the
   * account is created in the same one). Conditional, so two concurrent requests can't both link one.
   */
  async linkContractor(m: EntityManager, agencyId: string, canteenId: string, userId: string, actor: AuditActor): Promise<void> {
    const res = await m.update(Canteen, { id: canteenId, agencyId, kind: CanteenKind.OUTSOURCED, contractorUserId: IsNull() }, { contractorUserId: userId, updatedAt: new Date() });
    if (!res.affected) throw AppError.conflict('CONTRACTOR_ACCOUNT_EXISTS', '该食堂已有承包方采购账号');
    await this.audit.record(
      { actor, action: 'canteen.contractor', subjectType: 'canteen', subjectId: canteenId, summary: '为外包食堂开通承包方采购账号', before: { contractorUserId: null }, after: { contractorUserId: userId }, agencyId },
      m,
    );
  }

  async get(id: string): Promise<Agency> {
    const a = await this.agencies.findOneBy({ id });
    if (!a) throw AppError.notFound('预算单位');
    return a;
  }

  /** A canteen of this agency; another agency's canteen is as missing as an unknown one. */
  async getCanteen(agencyId: string, canteenId: string): Promise<Canteen> {
    const c = await this.canteens.findOneBy({ id: canteenId, agencyId });
    if (!c) throw AppError.notFound('食堂');
    return c;
  }

  async view(id: string): Promise<AgencyView> {
    const [view] = await this.views([await this.get(id)]);
    return view;
  }

  async list(q: AgencyListQuery = {}): Promise<AgencyList> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 1000;
    const qb = this.agencies.createQueryBuilder('a');
    if (q.divisionCode) qb.andWhere('a.divisionCode LIKE :division', { division: divisionLike(q.divisionCode) });
    if (q.level) qb.andWhere('a.level = :level', { level: q.level });
    if (q.status) qb.andWhere('a.status = :status', { status: q.status });
    if (q.q) qb.andWhere('(a.name LIKE :q OR a.creditCode LIKE :q)', { q: `%${q.q.replace(/[%_\\]/g, '')}%` });
    const [rows, total] = await qb.orderBy('a.name', 'ASC').addOrderBy('a.id', 'ASC').skip((page - 1) * pageSize).take(pageSize).getManyAndCount();
    return { items: await this.views(rows), total, page, pageSize };
  }

  /** Agency ids and names by id (for views of other records). */
  async namesOf(ids: string[]): Promise<Map<string, string>> {
    const rows = ids.length ? await this.agencies.find({ select: { id: true, name: true }, where: { id: In(ids) } }) : [];
    return new Map(rows.map((a) => [a.id, a.name]));
  }

  /** The region part of agency views, by division code (looked up once per code). */
  async regionsOf(codes: string[]): Promise<Map<string, AgencyRegionView | null>> {
    const out = new Map<string, AgencyRegionView | null>();
    for (const code of new Set(codes)) {
      const d = await this.regions.find(code);
      if (!d) {
        out.set(code, null);
        continue;
      }
      const city = d.level === DivisionLevel.COUNTY && d.parentCode ? await this.regions.find(d.parentCode) : d.level === DivisionLevel.CITY ? d : null;
      const helperUnitName = d.level === DivisionLevel.COUNTY ? `${city?.name ?? ''}${d.name}` : d.name;
      out.set(code, { divisionCode: code, divisionName: d.name, fullName: d.fullName, cityName: city?.name ?? null, helperUnitName });
    }
    return out;
  }

  private canteenRow(c: CanteenInput): Omit<Canteen, 'id' | 'createdAt' | 'updatedAt' | 'agencyId'> {
    return {
      name: c.name.trim(),
      address: c.address?.trim() || null,
      kind: c.kind ?? CanteenKind.OWN,
      contractorName: c.contractorName?.trim() || null,
      contractorUserId: null,
      contactName: c.contactName?.trim() || null,
      contactPhone: c.contactPhone?.trim() || null,
    } as Omit<Canteen, 'id' | 'createdAt' | 'updatedAt' | 'agencyId'>;
  }

  private async views(agencies: Agency[]): Promise<AgencyView[]> {
    const canteens = agencies.length ? await this.canteens.find({ where: { agencyId: In(agencies.map((a) => a.id)) }, order: { name: 'ASC' } }) : [];
    const regions = await this.regionsOf(agencies.map((a) => a.divisionCode));
    return agencies.map((a) => ({
      id: a.id,
      name: a.name,
      creditCode: a.creditCode,
      divisionCode: a.divisionCode,
      level: a.level,
      status: a.status,
      region: regions.get(a.divisionCode) ?? null,
      canteens: canteens.filter((c) => c.agencyId === a.id).map(canteenView),
    }));
  }
}

export function canteenView(c: Canteen): CanteenView {
  return {
    id: c.id,
    name: c.name,
    address: c.address,
    kind: c.kind,
    kindLabel: CANTEEN_KIND_LABELS[c.kind],
    contractorName: c.contractorName,
    contractorUserId: c.contractorUserId,
    contactName: c.contactName,
    contactPhone: c.contactPhone,
  };
}
