import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Brackets, DataSource, EntityManager, In, IsNull, Repository } from 'typeorm';
import { ActorRef, actorIdOf, AuditLog } from '../audit/audit-log.service';
import { AppError } from '../common/app-error';
import { DivisionLevel } from './division.entity';
import { HelperUnit } from './helper-unit.entity';
import { Pairing, PairingRole } from './pairing.entity';
import { RegionsService } from './regions.service';
import { SourceDocument } from './source-document.entity';

export interface PairingFilter {
  countyCode?: string;
  helperUnitId?: string;
  date?: string;
}

export interface NewPairing {
  helperUnitId: string;
  countyCode: string;
  role: PairingRole;
  validFrom: string;
  validTo?: string;
  sourceId?: string;
  sourceDoc?: { title: string; docNo?: string };
  note?: string;
}

/**
 * Who helps whom, when. Pairings are versioned: the questions "who helps county X on day D" and
 * "whom does unit H help on day D" are answered from the rows valid on D, never from a current
 * snapshot, so sales and quotas stay attributed to the pairing of their day.
 */
@Injectable()
export class PairingsService {
  constructor(
    @InjectRepository(Pairing) private readonly pairings: Repository<Pairing>,
    @InjectRepository(HelperUnit) private readonly helpers: Repository<HelperUnit>,
    @InjectRepository(SourceDocument) private readonly sources: Repository<SourceDocument>,
    private readonly regions: RegionsService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Pairings matching the filter. A county matches pairings made under any of its codes over time
   * and pairings made with its whole prefecture (广州市 pairs with 黔南州 as a whole).
   */
  async find(filter: PairingFilter): Promise<Pairing[]> {
    const qb = this.pairings.createQueryBuilder('p');
    if (filter.countyCode) qb.andWhere('p.countyCode IN (:...codes)', { codes: await this.codesCovering(filter.countyCode) });
    if (filter.helperUnitId) qb.andWhere('p.helperUnitId = :h', { h: filter.helperUnitId });
    if (filter.date) {
      qb.andWhere('p.validFrom <= :d', { d: filter.date }).andWhere(
        new Brackets((w) => w.where('p.validTo IS NULL').orWhere('p.validTo >= :d', { d: filter.date })),
      );
    }
    return qb.orderBy('p.validFrom', 'ASC').addOrderBy('p.countyCode', 'ASC').addOrderBy('p.role', 'DESC').getMany();
  }

  /** Which helper units pair with county X on date D. */
  async helpersOf(countyCode: string, date: string): Promise<{ pairing: Pairing; helper: HelperUnit }[]> {
    const rows = await this.find({ countyCode, date });
    const helpers = await this.helperMap(rows);
    return rows.map((pairing) => ({ pairing, helper: helpers.get(pairing.helperUnitId)! }));
  }

  /** Which counties helper unit H pairs with on date D. */
  countiesOf(helperUnitId: string, date: string): Promise<Pairing[]> {
    return this.find({ helperUnitId, date });
  }

  /** Every pairing a county has had, oldest first. */
  historyOf(countyCode: string): Promise<Pairing[]> {
    return this.find({ countyCode });
  }

  async isAssistedCounty(countyCode: string, date: string): Promise<boolean> {
    return (await this.find({ countyCode, date })).length > 0;
  }

  async create(input: NewPairing, actor: ActorRef): Promise<Pairing> {
    if (input.validTo && input.validTo < input.validFrom) throw AppError.badRequest('INVALID_PERIOD', '结束日期不能早于开始日期');
    const helper = await this.getHelper(input.helperUnitId);
    const division = await this.regions.requireDivision(input.countyCode, input.validFrom);
    if (division.level === DivisionLevel.PROVINCE) throw AppError.badRequest('INVALID_COUNTY', '结对对象必须是县（区、市）或地级市（州）');
    if (input.sourceId && !(await this.sources.existsBy({ id: input.sourceId }))) throw AppError.badRequest('UNKNOWN_SOURCE', '来源文件不存在');
    if (!input.sourceId && !input.sourceDoc) throw AppError.badRequest('SOURCE_REQUIRED', '新增结对关系必须注明来源文件');
    const overlapping = (await this.find({ countyCode: input.countyCode, helperUnitId: input.helperUnitId })).filter(
      (p) => p.countyCode === input.countyCode && p.validFrom <= (input.validTo ?? '9999-12-31') && (p.validTo ?? '9999-12-31') >= input.validFrom,
    );
    if (overlapping.length) throw AppError.conflict('PAIRING_OVERLAPS', '该帮扶方与该县在此期间已有结对关系');
    return this.dataSource.transaction(async (m) => {
      const sourceId = await this.resolveSource(input, m);
      const p = await m.save(
        m.create(Pairing, {
          helperUnitId: input.helperUnitId,
          countyCode: input.countyCode,
          role: input.role,
          validFrom: input.validFrom,
          validTo: input.validTo ?? null,
          sourceId,
          note: input.note ?? null,
          createdById: actorIdOf(actor),
        }),
      );
      const source = await m.findOneByOrFail(SourceDocument, { id: sourceId });
      await this.audit.record({
        actor, action: 'pairing.create', subjectType: 'pairing', subjectId: p.id,
        summary: `新增结对：${helper.name} → ${division.fullName}（${p.role === PairingRole.LEAD ? '结对' : '协助'}，${p.validFrom} 起${p.validTo ? `至 ${p.validTo}` : ''}，依据《${source.title}》${source.docNo ? source.docNo : ''}）`,
        after: { helperUnitId: p.helperUnitId, helperUnit: helper.name, countyCode: p.countyCode, role: p.role, validFrom: p.validFrom, validTo: p.validTo, sourceId, sourceTitle: source.title, sourceDocNo: source.docNo, note: p.note },
      }, m);
      return p;
    });
  }

  /** Ends a pairing on `validTo` (inclusive). The row keeps who ended it, when and why. */
  async end(id: string, validTo: string, reason: string, actor: ActorRef): Promise<Pairing> {
    const p = await this.pairings.findOneBy({ id });
    if (!p) throw AppError.notFound('结对关系');
    if (p.endedAt) throw AppError.conflict('PAIRING_ALREADY_ENDED', '该结对关系已经终止');
    if (validTo < p.validFrom) throw AppError.badRequest('INVALID_PERIOD', '终止日期不能早于开始日期');
    if (p.validTo !== null && validTo > p.validTo) throw AppError.badRequest('INVALID_PERIOD', '终止日期不能晚于原定结束日期');
    const before = { validTo: p.validTo, endedAt: null, endedReason: null };
    p.validTo = validTo;
    p.endedAt = new Date();
    p.endedById = actorIdOf(actor);
    p.endedReason = reason;
    const helper = await this.getHelper(p.helperUnitId);
    const county = await this.regions.find(p.countyCode, p.validFrom);
    return this.dataSource.transaction(async (m) => {
      // Conditional on not being ended yet, so two operators ending it at once cannot both succeed.
      const res = await m.update(Pairing, { id, endedAt: IsNull() }, { validTo, endedAt: p.endedAt, endedById: p.endedById, endedReason: reason, updatedAt: new Date() });
      if (res.affected !== 1) throw AppError.conflict('PAIRING_ALREADY_ENDED', '该结对关系已经终止');
      await this.audit.record({
        actor, action: 'pairing.end', subjectType: 'pairing', subjectId: id,
        summary: `终止结对：${helper.name} → ${county?.fullName ?? p.countyCode}，最后有效日 ${validTo}：${reason}`,
        before, after: { validTo, endedAt: p.endedAt!.toISOString(), endedReason: reason, sourceId: p.sourceId },
      }, m);
      return (await m.findOneByOrFail(Pairing, { id }));
    });
  }

  listHelpers(): Promise<HelperUnit[]> {
    return this.helpers.find({ order: { city: 'ASC', name: 'ASC' } });
  }

  async getHelper(id: string): Promise<HelperUnit> {
    const h = await this.helpers.findOneBy({ id });
    if (!h) throw AppError.notFound('帮扶方');
    return h;
  }

  async helperMap(rows: Pairing[]): Promise<Map<string, HelperUnit>> {
    const ids = [...new Set(rows.map((r) => r.helperUnitId))];
    const list = ids.length ? await this.helpers.findBy({ id: In(ids) }) : [];
    return new Map(list.map((h) => [h.id, h]));
  }

  async sourceMap(rows: Pairing[]): Promise<Map<string, SourceDocument>> {
    const ids = [...new Set(rows.map((r) => r.sourceId))];
    const list = ids.length ? await this.sources.findBy({ id: In(ids) }) : [];
    return new Map(list.map((s) => [s.id, s]));
  }

  /** The county's codes over time, plus its prefecture's (pairings may name a whole prefecture). */
  private async codesCovering(countyCode: string): Promise<string[]> {
    const codes = new Set(await this.regions.codeChain(countyCode));
    const division = await this.regions.find(countyCode);
    if (division?.level === DivisionLevel.COUNTY && division.parentCode) codes.add(division.parentCode);
    return [...codes];
  }

  private async resolveSource(input: NewPairing, m: EntityManager): Promise<string> {
    if (input.sourceId) return input.sourceId;
    if (!input.sourceDoc) throw AppError.badRequest('SOURCE_REQUIRED', '新增结对关系必须注明来源文件');
    const doc = m.create(SourceDocument, {
      id: `doc-${randomUUID().slice(0, 8)}`,
      title: input.sourceDoc.title,
      docNo: input.sourceDoc.docNo ?? null,
      validFrom: input.validFrom,
      validTo: input.validTo ?? null,
      createdAt: new Date(),
    });
    await m.save(doc);
    return doc.id;
  }
}
