import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { AuditActor, AuditLog } from '../../audit/audit-log.service';
import { AppError } from '../../common/app-error';
import { isUniqueViolation } from '../../database/dialect';
import { inTransaction } from '../../database/transaction';
import { Agency, AgencyStatus } from '../agency.entity';
import { DeclarationReminder, ReminderChannel } from './declaration-reminder.entity';
import { divisionLike } from './division-scope';
import { DeclarationView, FileDeclarationDto, MissingDeclarationList, ReminderView, SendRemindersResult } from './dto';
import { QuotaDeclaration, QuotaDeclarationRevision } from './quota-declaration.entity';

export interface Filer extends AuditActor {
  userId: string;
  /** An operator filing on the agency's behalf. */
  onBehalf: boolean;
}

const declarationFields = (d: Pick<QuotaDeclaration, 'hasCanteen' | 'annualAgriSpendFen' | 'remarks'>) => ({
  hasCanteen: d.hasCanteen,
  annualAgriSpendFen: d.annualAgriSpendFen,
  remarks: d.remarks,
});

export const defaultReminderMessage = (year: number) => `请尽快填报 ${year} 年度食堂农副产品采购总额（预留份额申报）。无食堂或共用食堂的单位也请填报并在备注中说明。`;

/**
 * The yearly declaration of each agency (has a canteen, annual canteen produce spending, remarks),
 * its amendments (each kept as a revision), and operators' reminders to agencies that have not filed.
 * SMS reminders would go through a SmsSender (the interface DESIGN.md names); none is wired, so a
 * reminder is an in-app notice the agency's staff see on their quota page.
 */
@Injectable()
export class DeclarationsService {
  constructor(
    @InjectRepository(QuotaDeclaration) private readonly declarations: Repository<QuotaDeclaration>,
    @InjectRepository(QuotaDeclarationRevision) private readonly revisions: Repository<QuotaDeclarationRevision>,
    @InjectRepository(DeclarationReminder) private readonly reminders: Repository<DeclarationReminder>,
    @InjectRepository(Agency) private readonly agencies: Repository<Agency>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  find(agencyId: string, year: number): Promise<QuotaDeclaration | null> {
    return this.declarations.findOneBy({ agencyId, year });
  }

  /** Every declaration of a year (one row per agency), for the operators' ranking. */
  async ofYear(year: number): Promise<Map<string, QuotaDeclaration>> {
    return new Map((await this.declarations.findBy({ year })).map((d) => [d.agencyId, d]));
  }

  async view(agencyId: string, year: number): Promise<DeclarationView> {
    await this.requireAgency(agencyId);
    const d = await this.find(agencyId, year);
    if (!d) throw AppError.notFound(`${year} 年度申报`);
    const revisions = await this.revisions.find({ where: { declarationId: d.id }, order: { revision: 'DESC' } });
    return {
      id: d.id,
      agencyId: d.agencyId,
      year: d.year,
      ...declarationFields(d),
      revision: d.revision,
      filedByName: d.filedByName,
      filedAt: d.filedAt.toISOString(),
      onBehalf: d.onBehalf,
      revisions: revisions.map((r) => ({
        revision: r.revision,
        ...declarationFields(r),
        filedByName: r.filedByName,
        filedAt: r.filedAt.toISOString(),
        onBehalf: r.onBehalf,
      })),
    };
  }

  /**
   * Files the declaration, or amends it. The amendment is a conditional UPDATE on the revision read,
   * so of two concurrent amendments one wins and the other answers 409; every filing is kept.
   */
  async file(agencyId: string, year: number, dto: FileDeclarationDto, filer: Filer): Promise<DeclarationView> {
    const agency = await this.requireAgency(agencyId);
    const spend = dto.annualAgriSpendFen;
    if (dto.hasCanteen && spend === undefined) throw AppError.badRequest('SPEND_REQUIRED', '有食堂的单位须填写年度农副产品采购总额');
    if (!dto.hasCanteen && spend !== undefined && spend !== 0) throw AppError.badRequest('NO_CANTEEN_SPEND', '无食堂的单位没有预留份额，年度采购总额应为 0 或不填');
    const fields = { hasCanteen: dto.hasCanteen, annualAgriSpendFen: dto.hasCanteen ? spend! : 0, remarks: dto.remarks?.trim() || null };
    const now = new Date();
    try {
      await inTransaction(this.dataSource, async (m) => {
        const existing = await m.findOneBy(QuotaDeclaration, { agencyId, year });
        const filing = { filedByUserId: filer.userId, filedByName: filer.name.slice(0, 60), filedAt: now, onBehalf: filer.onBehalf };
        let declaration: QuotaDeclaration;
        if (!existing) {
          declaration = await m.save(m.create(QuotaDeclaration, { agencyId, year, ...fields, ...filing, revision: 1 }));
        } else {
          const res = await m.update(QuotaDeclaration, { id: existing.id, revision: existing.revision }, { ...fields, ...filing, revision: existing.revision + 1, updatedAt: now });
          if (!res.affected) throw AppError.conflict('DECLARATION_CHANGED', '申报刚被他人修改，请刷新后重试');
          declaration = { ...existing, ...fields, ...filing, revision: existing.revision + 1 } as QuotaDeclaration;
        }
        await m.save(m.create(QuotaDeclarationRevision, { declarationId: declaration.id, agencyId, year, revision: declaration.revision, ...fields, ...filing }));
        const who = filer.onBehalf ? '（运营代为填报）' : '';
        await this.audit.record(
          {
            actor: filer,
            action: existing ? 'quota_declaration.amend' : 'quota_declaration.file',
            subjectType: 'quota_declaration',
            subjectId: declaration.id,
            summary: `${agency.name} ${existing ? '修改' : '填报'} ${year} 年度份额申报${who}`,
            before: existing ? declarationFields(existing) : null,
            after: fields,
            agencyId,
          },
          m,
        );
      });
    } catch (err) {
      // Two first filings at once: the unique (agency, year) lets one in; the other retries as an amendment.
      if (isUniqueViolation(err)) throw AppError.conflict('DECLARATION_CHANGED', '申报刚被他人提交，请刷新后重试');
      throw err;
    }
    return this.view(agencyId, year);
  }

  /** Active agencies (under a division, when given) that have not filed for the year, with their reminders. */
  async missing(year: number, divisionCode: string | undefined, page = 1, pageSize = 50): Promise<MissingDeclarationList> {
    const qb = this.agencies
      .createQueryBuilder('a')
      .where('a.status = :active', { active: AgencyStatus.ACTIVE })
      .andWhere('NOT EXISTS (SELECT 1 FROM quota_declarations d WHERE d.agencyId = a.id AND d.year = :year)', { year });
    if (divisionCode) qb.andWhere('a.divisionCode LIKE :division', { division: divisionLike(divisionCode) });
    const [rows, total] = await qb.orderBy('a.divisionCode', 'ASC').addOrderBy('a.name', 'ASC').skip((page - 1) * pageSize).take(pageSize).getManyAndCount();
    const sent = rows.length
      ? await this.reminders
          .createQueryBuilder('r')
          .select('r.agencyId', 'agencyId')
          .addSelect('COUNT(*)', 'n')
          .addSelect('MAX(r.createdAt)', 'last')
          .where('r.year = :year AND r.agencyId IN (:...ids)', { year, ids: rows.map((a) => a.id) })
          .groupBy('r.agencyId')
          .getRawMany<{ agencyId: string; n: string | number; last: string | Date }>()
      : [];
    const byAgency = new Map(sent.map((s) => [s.agencyId, s]));
    return {
      year,
      items: rows.map((a) => {
        const s = byAgency.get(a.id);
        return {
          agencyId: a.id,
          agencyName: a.name,
          divisionCode: a.divisionCode,
          level: a.level,
          reminderCount: s ? Number(s.n) : 0,
          lastRemindedAt: s ? toIso(s.last) : null,
        };
      }),
      total,
      page,
      pageSize,
    };
  }

  /** In-app reminders to the agencies named; those already filed (or unknown) are reported, not reminded. */
  async remind(year: number, agencyIds: string[], message: string | undefined, actor: AuditActor & { userId: string }): Promise<SendRemindersResult> {
    const ids = [...new Set(agencyIds)];
    const agencies = new Map((await this.agencies.findBy({ id: In(ids) })).map((a) => [a.id, a]));
    const filed = new Set((await this.declarations.find({ select: { agencyId: true }, where: { year, agencyId: In(ids) } })).map((d) => d.agencyId));
    const text = message?.trim() || defaultReminderMessage(year);
    const items: SendRemindersResult['items'] = [];
    await inTransaction(this.dataSource, async (m) => {
      items.length = 0;
      for (const agencyId of ids) {
        const agency = agencies.get(agencyId);
        if (!agency) {
          items.push({ agencyId, result: 'UNKNOWN_AGENCY', reminderId: null });
          continue;
        }
        if (filed.has(agencyId)) {
          items.push({ agencyId, result: 'ALREADY_FILED', reminderId: null });
          continue;
        }
        const r = await m.save(
          m.create(DeclarationReminder, { agencyId, year, channel: ReminderChannel.IN_APP, message: text, sentByUserId: actor.userId, sentByName: actor.name.slice(0, 60) }),
        );
        await this.audit.record(
          { actor, action: 'quota_declaration.remind', subjectType: 'agency', subjectId: agencyId, summary: `提醒「${agency.name}」填报 ${year} 年度份额申报`, after: { year, reminderId: r.id, channel: r.channel }, agencyId },
          m,
        );
        items.push({ agencyId, result: 'SENT', reminderId: r.id });
      }
    });
    return { sent: items.filter((i) => i.result === 'SENT').length, items };
  }

  async remindersOf(agencyId: string): Promise<ReminderView[]> {
    await this.requireAgency(agencyId);
    const rows = await this.reminders.find({ where: { agencyId }, order: { createdAt: 'DESC' }, take: 100 });
    const filedYears = new Set((await this.declarations.find({ select: { year: true }, where: { agencyId } })).map((d) => d.year));
    return rows.map((r) => ({
      id: r.id,
      year: r.year,
      channel: r.channel,
      message: r.message,
      sentByName: r.sentByName,
      sentAt: r.createdAt.toISOString(),
      filed: filedYears.has(r.year),
    }));
  }

  private async requireAgency(id: string): Promise<Agency> {
    const a = await this.agencies.findOneBy({ id });
    if (!a) throw AppError.notFound('预算单位');
    return a;
  }
}

/** MAX() over a datetime comes back as a Date (MySQL) or a 'YYYY-MM-DD HH:MM:SS.sss' UTC string (SQLite). */
function toIso(v: string | Date): string {
  if (v instanceof Date) return v.toISOString();
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : `${v.replace(' ', 'T')}Z`).toISOString();
}
