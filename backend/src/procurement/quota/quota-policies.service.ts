import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Repository } from 'typeorm';
import { AuditActor, AuditLog } from '../../audit/audit-log.service';
import { AppError } from '../../common/app-error';
import { isUniqueViolation } from '../../database/dialect';
import { inTransaction } from '../../database/transaction';
import { RegionsService } from '../../regions/regions.service';
import { CreateQuotaPolicyDto, QuotaPolicyView, UpdateQuotaPolicyDto } from './dto';
import { NATIONAL_SCOPE, scopeChain } from './division-scope';
import { BUILT_IN_FLOOR, ResolvedPolicy } from './quota-figures';
import { QuotaPolicy } from './quota-policy.entity';

const currentKey = (scopeCode: string, year: number) => `${scopeCode}:${year}`;
export type PolicyFields = Pick<QuotaPolicy, 'scopeCode' | 'year' | 'ratioBp' | 'countsUnionWelfare' | 'countsStaffPurchases' | 'pairedCountiesOnly' | 'basis' | 'effective'>;

const policyFields = (p: QuotaPolicy): PolicyFields => ({
  scopeCode: p.scopeCode,
  year: p.year,
  ratioBp: p.ratioBp,
  countsUnionWelfare: p.countsUnionWelfare,
  countsStaffPurchases: p.countsStaffPurchases,
  pairedCountiesOnly: p.pairedCountiesOnly,
  basis: p.basis,
  effective: p.effective,
});

/**
 * Reserved-share policies as versioned data, and which one applies to an agency: the current,
 * effective version of the most specific scope (district → city → province → national) that has one
 * for the year; without any, the national floor built in (10%, 财库〔2021〕19号).
 */
@Injectable()
export class QuotaPoliciesService {
  constructor(
    @InjectRepository(QuotaPolicy) private readonly policies: Repository<QuotaPolicy>,
    private readonly dataSource: DataSource,
    private readonly regions: RegionsService,
    private readonly audit: AuditLog,
  ) {}

  async list(filter: { year?: number; scopeCode?: string }): Promise<QuotaPolicyView[]> {
    const rows = await this.policies.find({
      where: { supersededAt: IsNull(), ...(filter.year ? { year: filter.year } : {}), ...(filter.scopeCode ? { scopeCode: filter.scopeCode } : {}) },
      order: { year: 'DESC', scopeCode: 'ASC' },
      take: 2000,
    });
    return this.views(rows);
  }

  /** Every version of the policy `id` belongs to, newest first. */
  async history(id: string): Promise<QuotaPolicyView[]> {
    const row = await this.get(id);
    return this.views(await this.policies.find({ where: { lineageId: row.lineageId }, order: { versionNo: 'DESC' } }));
  }

  async get(id: string): Promise<QuotaPolicy> {
    const p = await this.policies.findOneBy({ id });
    if (!p) throw AppError.notFound('份额政策');
    return p;
  }

  async create(dto: CreateQuotaPolicyDto, actor: AuditActor): Promise<QuotaPolicyView> {
    await this.checkScope(dto.scopeCode);
    const row = await this.insertFirst({ ...dto, effective: dto.effective ?? true, basis: dto.basis.trim() }, actor, null);
    return (await this.views([row]))[0];
  }

  /**
   * Inserts the first version of a policy; the unique current key refuses a second current policy
   * for the same scope and year (409), so two operators can't both create one.
   */
  async insertFirst(fields: PolicyFields, actor: AuditActor, referenceKey: string | null): Promise<QuotaPolicy> {
    try {
      return await inTransaction(this.dataSource, async (m) => {
        const row = m.create(QuotaPolicy, {
          ...fields,
          versionNo: 1,
          currentKey: currentKey(fields.scopeCode, fields.year),
          referenceKey,
          changeReason: null,
          createdByUserId: actor.userId,
          createdByName: actor.name.slice(0, 60),
          supersededAt: null,
          supersededById: null,
          supersededByUserId: null,
        });
        row.id = randomUUID();
        row.lineageId = row.id;
        await m.save(row);
        await this.audit.record(
          {
            actor,
            action: 'quota_policy.create',
            subjectType: 'quota_policy',
            subjectId: row.id,
            summary: `新增 ${fields.year} 年份额政策（${fields.scopeCode}，${fields.ratioBp / 100}%）`,
            after: policyFields(row),
          },
          m,
        );
        return row;
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw AppError.conflict('POLICY_EXISTS', '该范围该年度已有份额政策，请修改现有政策（会保留历史版本）');
      throw err;
    }
  }

  /**
   * A change never overwrites: the current version is marked superseded (conditionally, so a
   * concurrent change of the same version fails with 409) and the next version is inserted.
   */
  async update(id: string, dto: UpdateQuotaPolicyDto, actor: AuditActor): Promise<QuotaPolicyView> {
    const old = await this.get(id);
    if (old.supersededAt) throw AppError.conflict('POLICY_SUPERSEDED', '该版本已被新版本取代，请在最新版本上修改');
    const next = {
      ...policyFields(old),
      ...(dto.ratioBp !== undefined ? { ratioBp: dto.ratioBp } : {}),
      ...(dto.countsUnionWelfare !== undefined ? { countsUnionWelfare: dto.countsUnionWelfare } : {}),
      ...(dto.countsStaffPurchases !== undefined ? { countsStaffPurchases: dto.countsStaffPurchases } : {}),
      ...(dto.pairedCountiesOnly !== undefined ? { pairedCountiesOnly: dto.pairedCountiesOnly } : {}),
      ...(dto.basis !== undefined ? { basis: dto.basis.trim() } : {}),
      ...(dto.effective !== undefined ? { effective: dto.effective } : {}),
    };
    if (JSON.stringify(next) === JSON.stringify(policyFields(old))) throw AppError.badRequest('NO_CHANGE', '没有任何改动');
    const row = await inTransaction(this.dataSource, async (m) => {
      const now = new Date();
      const newId = randomUUID();
      const res = await m.update(
        QuotaPolicy,
        { id, supersededAt: IsNull() },
        { supersededAt: now, supersededById: newId, supersededByUserId: actor.userId, currentKey: null, updatedAt: now },
      );
      if (!res.affected) throw AppError.conflict('POLICY_SUPERSEDED', '该版本刚被他人修改，请刷新后重试');
      const created = m.create(QuotaPolicy, {
        ...next,
        id: newId,
        lineageId: old.lineageId,
        versionNo: old.versionNo + 1,
        currentKey: currentKey(old.scopeCode, old.year),
        referenceKey: null,
        changeReason: dto.reason.trim(),
        createdByUserId: actor.userId,
        createdByName: actor.name.slice(0, 60),
        supersededAt: null,
        supersededById: null,
        supersededByUserId: null,
      });
      await m.save(created);
      await this.audit.record(
        {
          actor,
          action: 'quota_policy.update',
          subjectType: 'quota_policy',
          subjectId: old.lineageId,
          summary: `修改 ${old.year} 年份额政策（${old.scopeCode}）第 ${created.versionNo} 版：${dto.reason.trim()}`.slice(0, 300),
          before: { id: old.id, versionNo: old.versionNo, ...policyFields(old) },
          after: { id: created.id, versionNo: created.versionNo, ...next },
        },
        m,
      );
      return created;
    });
    return (await this.views([row]))[0];
  }

  /** The applicable policy for each division code in `year` (one query for all of them). */
  async resolveMany(year: number, divisionCodes: string[]): Promise<Map<string, ResolvedPolicy>> {
    const scopes = [...new Set(divisionCodes.flatMap(scopeChain))];
    const rows = scopes.length ? await this.policies.find({ where: { year, supersededAt: IsNull(), effective: true, scopeCode: In(scopes) } }) : [];
    const byScope = new Map(rows.map((p) => [p.scopeCode, p]));
    const out = new Map<string, ResolvedPolicy>();
    for (const code of new Set(divisionCodes)) {
      const p = scopeChain(code).map((s) => byScope.get(s)).find(Boolean);
      out.set(
        code,
        p
          ? {
              id: p.id,
              source: 'POLICY',
              scopeCode: p.scopeCode,
              year,
              ratioBp: p.ratioBp,
              countsUnionWelfare: p.countsUnionWelfare,
              countsStaffPurchases: p.countsStaffPurchases,
              pairedCountiesOnly: p.pairedCountiesOnly,
              basis: p.basis,
              versionNo: p.versionNo,
            }
          : { id: null, source: 'BUILT_IN_FLOOR', scopeCode: NATIONAL_SCOPE, year, ...BUILT_IN_FLOOR, versionNo: null },
      );
    }
    return out;
  }

  async resolve(year: number, divisionCode: string): Promise<ResolvedPolicy> {
    return (await this.resolveMany(year, [divisionCode])).get(divisionCode)!;
  }

  async scopeName(code: string): Promise<string> {
    if (code === NATIONAL_SCOPE) return '全国';
    return (await this.regions.find(code))?.name ?? code;
  }

  private async checkScope(code: string): Promise<void> {
    if (code !== NATIONAL_SCOPE) await this.regions.requireDivision(code);
  }

  private async views(rows: QuotaPolicy[]): Promise<QuotaPolicyView[]> {
    const names = new Map<string, string>();
    for (const code of new Set(rows.map((r) => r.scopeCode))) names.set(code, await this.scopeName(code));
    const supersederIds = rows.map((r) => r.supersededById).filter((x): x is string => Boolean(x));
    const superseders = supersederIds.length ? await this.policies.find({ select: { id: true, createdByName: true }, where: { id: In(supersederIds) } }) : [];
    const byId = new Map(superseders.map((s) => [s.id, s.createdByName]));
    return rows.map((p) => ({
      id: p.id,
      lineageId: p.lineageId,
      versionNo: p.versionNo,
      current: p.supersededAt === null,
      scopeCode: p.scopeCode,
      scopeName: names.get(p.scopeCode) ?? p.scopeCode,
      year: p.year,
      ratio: p.ratioBp / 10000,
      ratioBp: p.ratioBp,
      countsUnionWelfare: p.countsUnionWelfare,
      countsStaffPurchases: p.countsStaffPurchases,
      pairedCountiesOnly: p.pairedCountiesOnly,
      basis: p.basis,
      effective: p.effective,
      changeReason: p.changeReason,
      createdByUserId: p.createdByUserId,
      createdByName: p.createdByName,
      createdAt: p.createdAt.toISOString(),
      supersededAt: p.supersededAt ? p.supersededAt.toISOString() : null,
      supersededById: p.supersededById,
      supersededByName: p.supersededById ? (byId.get(p.supersededById) ?? null) : null,
    }));
  }
}
