import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere, In, Repository } from 'typeorm';
import { AuditActor, AuditLog } from '../../audit/audit-log.service';
import { ShopListings } from '../../catalog/shop-listings.service';
import { StockService } from '../../catalog/stock.service';
import { AppError } from '../../common/app-error';
import { todayInShanghai } from '../../common/validators';
import { inTransaction } from '../../database/transaction';
import { Principal } from '../../identity/principal';
import { SuppliersService } from '../../suppliers/suppliers.service';
import { AgenciesService } from '../agencies.service';
import { AgencyStatus } from '../agency.entity';
import { AGREEMENT_STATUS_LABELS, AgreementParty, AgreementStatus, agreementStates } from './agreement-status';
import { AgreementView, ProposeAgreementDto } from './dto';
import { StandingOrder } from './standing-order.entity';
import { SupplyAgreementLine } from './supply-agreement-line.entity';
import { SupplyAgreement } from './supply-agreement.entity';

const actor = (me: Principal): AuditActor => ({ userId: me.id, name: me.name });

/** Who is looking at an agreement: its agency, its supplier, or an operator (sees all). */
export type AgreementOwner = { agencyId: string } | { supplierId: string } | null;

/**
 * Direct-supply agreements (定向直供): proposal by the agency's manager, acceptance or refusal by the
 * supplier, early end by either side. Every status change is one conditional UPDATE on
 * (status, version) with its audit line in the same transaction.
 *
 * Price rule: an agreed price may be any positive amount up to the SKU's shop price at proposal
 * (an agreement exists to buy cheaper in bulk, never dearer than the shop). The SKU must belong to
 * the named supplier and be on sale (enabled, and its product shown by the shop) at proposal. A
 * line's minQty defaults to the SKU's agency minimum and may not be below it (orders are refused
 * under that minimum anyway).
 */
@Injectable()
export class AgreementsService {
  constructor(
    @InjectRepository(SupplyAgreement) private readonly agreements: Repository<SupplyAgreement>,
    @InjectRepository(SupplyAgreementLine) private readonly lines: Repository<SupplyAgreementLine>,
    private readonly dataSource: DataSource,
    private readonly agencies: AgenciesService,
    private readonly suppliers: SuppliersService,
    private readonly stock: StockService,
    private readonly listings: ShopListings,
    private readonly audit: AuditLog,
  ) {}

  async propose(agencyId: string, me: Principal, dto: ProposeAgreementDto, now = new Date()): Promise<SupplyAgreement> {
    const agency = await this.agencies.get(agencyId);
    if (agency.status !== AgencyStatus.ACTIVE) throw AppError.conflict('AGENCY_DISABLED', '预算单位已停用');
    const supplier = await this.suppliers.requireActive(dto.supplierId);
    const today = todayInShanghai(now);
    if (dto.validFrom > dto.validTo) throw AppError.badRequest('INVALID_PERIOD', '协议开始日期不能晚于结束日期');
    if (dto.validTo < today) throw AppError.badRequest('INVALID_PERIOD', '协议结束日期不能早于今天');

    const ids = dto.lines.map((l) => l.skuId.toLowerCase());
    if (new Set(ids).size !== ids.length) throw AppError.badRequest('DUPLICATE_SKU', '同一规格在协议中只能出现一次');
    const skus = await this.stock.forSale(ids);
    const visible = await this.listings.visibleAmong([...new Set([...skus.values()].map((s) => s.productId))], today);
    const problems: { skuId: string; reason: string }[] = [];
    for (const l of dto.lines) {
      const sku = skus.get(l.skuId.toLowerCase());
      if (!sku || sku.supplierId !== supplier.id) problems.push({ skuId: l.skuId, reason: '不是该供应商的商品规格' });
      else if (!visible.has(sku.productId) || !sku.enabled) problems.push({ skuId: l.skuId, reason: '商品未上架或该规格已停售' });
      else if (l.priceFen > sku.priceFen) problems.push({ skuId: l.skuId, reason: `协议价不能高于商城价 ${sku.priceFen} 分` });
      else if (l.minQty !== undefined && l.minQty < sku.agencyMinQty) problems.push({ skuId: l.skuId, reason: `每单最少数量不能低于该规格的单位采购起订量 ${sku.agencyMinQty}` });
    }
    if (problems.length) throw AppError.badRequest('AGREEMENT_LINES_INVALID', '协议商品不符合要求', problems);

    return inTransaction(this.dataSource, async (m) => {
      const a = await m.save(
        m.create(SupplyAgreement, {
          agencyId: agency.id,
          supplierId: supplier.id,
          title: dto.title.trim(),
          validFrom: dto.validFrom,
          validTo: dto.validTo,
          status: AgreementStatus.PROPOSED,
          version: 1,
          proposedBy: me.id,
          note: dto.note?.trim() || null,
          respondedBy: null,
          respondedAt: null,
          declineReason: null,
          endedAt: null,
          endedBy: null,
          endedByParty: null,
          endReason: null,
        }),
      );
      const saved: SupplyAgreementLine[] = [];
      for (const l of dto.lines) {
        const sku = skus.get(l.skuId.toLowerCase())!;
        saved.push(
          await m.save(
            m.create(SupplyAgreementLine, {
              agreementId: a.id,
              productId: sku.productId,
              skuId: sku.skuId,
              productName: sku.productName,
              spec: sku.spec,
              unit: sku.unit,
              shopPriceFen: sku.priceFen,
              priceFen: l.priceFen,
              minQty: l.minQty ?? sku.agencyMinQty,
            }),
          ),
        );
      }
      await this.audit.record(
        {
          actor: actor(me),
          action: 'agreement.propose',
          subjectType: 'supply_agreement',
          subjectId: a.id,
          summary: `向「${supplier.name}」提出定向直供协议「${a.title}」（${a.validFrom} 至 ${a.validTo}，${saved.length} 个规格）`,
          after: { title: a.title, validFrom: a.validFrom, validTo: a.validTo, lines: saved.map(priceTerms) },
          agencyId: a.agencyId,
          supplierId: a.supplierId,
        },
        m,
      );
      return a;
    });
  }

  async accept(supplierId: string, me: Principal, id: string, now = new Date()): Promise<SupplyAgreement> {
    const a = await this.require({ supplierId }, id);
    agreementStates.assertTransition(a.status, AgreementStatus.ACTIVE);
    if (a.validTo < todayInShanghai(now)) throw AppError.conflict('AGREEMENT_EXPIRED', '协议有效期已过，不能再接受');
    const lines = await this.linesOf([a.id]);
    return inTransaction(this.dataSource, async (m) => {
      await this.transition(m, a, AgreementStatus.ACTIVE, { respondedBy: me.id, respondedAt: now });
      await this.audit.record(
        {
          actor: actor(me),
          action: 'agreement.accept',
          subjectType: 'supply_agreement',
          subjectId: a.id,
          summary: `接受定向直供协议「${a.title}」（${a.validFrom} 至 ${a.validTo}）`,
          before: { status: a.status },
          after: { status: AgreementStatus.ACTIVE, lines: lines.map(priceTerms) },
          agencyId: a.agencyId,
          supplierId: a.supplierId,
        },
        m,
      );
      return this.require({ supplierId }, id, m);
    });
  }

  async decline(supplierId: string, me: Principal, id: string, reason: string | undefined, now = new Date()): Promise<SupplyAgreement> {
    const a = await this.require({ supplierId }, id);
    agreementStates.assertTransition(a.status, AgreementStatus.DECLINED);
    return inTransaction(this.dataSource, async (m) => {
      const why = reason?.trim() || null;
      await this.transition(m, a, AgreementStatus.DECLINED, { respondedBy: me.id, respondedAt: now, declineReason: why });
      await this.audit.record(
        {
          actor: actor(me),
          action: 'agreement.decline',
          subjectType: 'supply_agreement',
          subjectId: a.id,
          summary: `拒绝定向直供协议「${a.title}」${why ? `：${why}` : ''}`,
          before: { status: a.status },
          after: { status: AgreementStatus.DECLINED, reason: why },
          agencyId: a.agencyId,
          supplierId: a.supplierId,
        },
        m,
      );
      return this.require({ supplierId }, id, m);
    });
  }

  /** Either side ends an active agreement early; its standing orders stop with it. */
  async end(owner: { agencyId: string } | { supplierId: string }, me: Principal, id: string, reason: string, now = new Date()): Promise<SupplyAgreement> {
    const a = await this.require(owner, id);
    agreementStates.assertTransition(a.status, AgreementStatus.ENDED);
    const party = 'agencyId' in owner ? AgreementParty.AGENCY : AgreementParty.SUPPLIER;
    const why = reason.trim();
    if (!why) throw AppError.badRequest('REASON_REQUIRED', '请填写终止原因');
    return inTransaction(this.dataSource, async (m) => {
      await this.transition(m, a, AgreementStatus.ENDED, { endedAt: now, endedBy: me.id, endedByParty: party, endReason: why });
      await m
        .createQueryBuilder()
        .update(StandingOrder)
        .set({ active: false, stoppedReason: '定向直供协议已终止', updatedAt: now, version: () => 'version + 1' })
        .where('agreementId = :id AND active = :on', { id: a.id, on: true })
        .execute();
      await this.audit.record(
        {
          actor: actor(me),
          action: 'agreement.end',
          subjectType: 'supply_agreement',
          subjectId: a.id,
          summary: `${party === AgreementParty.AGENCY ? '采购单位' : '供应商'}提前终止定向直供协议「${a.title}」：${why}`,
          before: { status: a.status },
          after: { status: AgreementStatus.ENDED, party, reason: why },
          agencyId: a.agencyId,
          supplierId: a.supplierId,
        },
        m,
      );
      return this.require(owner, id, m);
    });
  }

  /** The agreement seen by its agency, its supplier, or an operator (owner null); 404 otherwise. */
  async require(owner: AgreementOwner, id: string, m?: EntityManager): Promise<SupplyAgreement> {
    const where: FindOptionsWhere<SupplyAgreement> = { id, ...(owner ?? {}) };
    const a = await (m ? m.getRepository(SupplyAgreement) : this.agreements).findOneBy(where);
    if (!a) throw AppError.notFound('定向直供协议');
    return a;
  }

  async linesOf(agreementIds: string[]): Promise<SupplyAgreementLine[]> {
    if (!agreementIds.length) return [];
    return this.lines.find({ where: { agreementId: In(agreementIds) }, order: { productName: 'ASC', spec: 'ASC' } });
  }

  async list(filter: { agencyId?: string; supplierId?: string; status?: AgreementStatus }): Promise<SupplyAgreement[]> {
    const where: FindOptionsWhere<SupplyAgreement> = {};
    if (filter.agencyId) where.agencyId = filter.agencyId;
    if (filter.supplierId) where.supplierId = filter.supplierId;
    if (filter.status) where.status = filter.status;
    return this.agreements.find({ where, order: { createdAt: 'DESC' }, take: 500 });
  }

  async views(list: SupplyAgreement[], now = new Date()): Promise<AgreementView[]> {
    const today = todayInShanghai(now);
    const lines = await this.linesOf(list.map((a) => a.id));
    const agencyNames = new Map<string, string>();
    for (const id of new Set(list.map((a) => a.agencyId))) agencyNames.set(id, (await this.agencies.get(id)).name);
    const supplierNames = new Map<string, string>();
    for (const id of new Set(list.map((a) => a.supplierId))) supplierNames.set(id, (await this.suppliers.get(id)).name);
    return list.map((a) => ({
      id: a.id,
      agencyId: a.agencyId,
      agencyName: agencyNames.get(a.agencyId) ?? '',
      supplierId: a.supplierId,
      supplierName: supplierNames.get(a.supplierId) ?? '',
      title: a.title,
      validFrom: a.validFrom,
      validTo: a.validTo,
      status: a.status,
      statusLabel: a.status === AgreementStatus.ACTIVE && a.validTo < today ? '已过期' : AGREEMENT_STATUS_LABELS[a.status],
      usable: a.status === AgreementStatus.ACTIVE && a.validFrom <= today && today <= a.validTo,
      expired: a.validTo < today,
      note: a.note,
      declineReason: a.declineReason,
      respondedAt: a.respondedAt,
      endedAt: a.endedAt,
      endedByParty: a.endedByParty,
      endReason: a.endReason,
      createdAt: a.createdAt,
      lines: lines
        .filter((l) => l.agreementId === a.id)
        .map((l) => ({
          skuId: l.skuId,
          productId: l.productId,
          productName: l.productName,
          spec: l.spec,
          unit: l.unit,
          shopPriceFen: Number(l.shopPriceFen),
          priceFen: Number(l.priceFen),
          minQty: l.minQty,
        })),
    }));
  }

  async view(a: SupplyAgreement): Promise<AgreementView> {
    return (await this.views([a]))[0];
  }

  private async transition(m: EntityManager, a: SupplyAgreement, to: AgreementStatus, set: Partial<SupplyAgreement>): Promise<void> {
    const res = await m
      .createQueryBuilder()
      .update(SupplyAgreement)
      .set({ ...set, status: to, version: a.version + 1, updatedAt: new Date() })
      .where('id = :id AND status = :from AND version = :v', { id: a.id, from: a.status, v: a.version })
      .execute();
    if (res.affected !== 1) throw AppError.conflict('CONCURRENT_UPDATE', '协议状态已被他人更改，请刷新后重试');
  }
}

function priceTerms(l: SupplyAgreementLine) {
  return { skuId: l.skuId, productName: l.productName, spec: l.spec, unit: l.unit, shopPriceFen: Number(l.shopPriceFen), priceFen: Number(l.priceFen), minQty: l.minQty };
}
