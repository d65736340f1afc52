import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditActor, AuditLog, SYSTEM_ACTOR } from '../../audit/audit-log.service';
import { AppError } from '../../common/app-error';
import { todayInShanghai } from '../../common/validators';
import { Principal } from '../../identity/principal';
import { AgenciesService } from '../agencies.service';
import { OrderSubmission } from '../orders/order-submission.service';
import { ProcurementPurpose } from '../orders/procurement-order-status';
import { addDays, nextWeekdayOnOrAfter } from './agreement-dates';
import { AgreementOrders, unusableReason } from './agreement-orders.service';
import { AgreementsService } from './agreements.service';
import { CreateStandingOrderDto, StandingOrderView, UpdateStandingOrderDto } from './dto';
import { StandingOrder } from './standing-order.entity';
import { SupplyAgreement } from './supply-agreement.entity';

export const DEFAULT_LEAD_DAYS = 2;
/** Longest lead (a week minus a day), so the due-row query can look a fixed horizon ahead. */
const MAX_LEAD_DAYS = 6;
/** A claim older than this whose submission never finished (the process died) is retried. */
const CLAIM_LEASE_MS = 15 * 60_000;
const BATCH = 200;

export interface StandingRunResult {
  /** Weeks whose order was submitted (or found already submitted, on a retry). */
  submitted: number;
  /** Weeks skipped because submission refused (SKU off sale, out of stock…); see lastError. */
  skipped: number;
  /** Standing orders stopped because their agreement ended or expired. */
  stopped: number;
}

const actor = (me: Principal): AuditActor => ({ userId: me.id, name: me.name });

/**
 * Standing weekly orders (周期订单) under a direct-supply agreement, and the job that places them.
 *
 * A week's order is placed once however many processes run the job: a run CLAIMS the week with one
 * conditional UPDATE (nextDeliveryDate moves a week ahead only if it still holds the value read and
 * the row's version is unchanged) and records the claimed week in pendingDeliveryDate; then it
 * submits with the idempotency key `standing:<id>:<deliveryDate>`, and clears pendingDeliveryDate.
 * If the process dies in between, a later run re-claims the stale week (again conditionally) and
 * submits with the same key, which answers the order already made if the first attempt committed.
 */
@Injectable()
export class StandingOrdersService {
  private readonly logger = new Logger(StandingOrdersService.name);

  constructor(
    @InjectRepository(StandingOrder) private readonly repo: Repository<StandingOrder>,
    private readonly agreements: AgreementsService,
    private readonly agreementOrders: AgreementOrders,
    private readonly submission: OrderSubmission,
    private readonly agencies: AgenciesService,
    private readonly audit: AuditLog,
  ) {}

  async create(agencyId: string, agreementId: string, me: Principal, dto: CreateStandingOrderDto, now = new Date()): Promise<StandingOrder> {
    const a = await this.agreements.require({ agencyId }, agreementId);
    await this.requireCanteen(agencyId, dto.canteenId, me.id);
    const leadDays = dto.leadDays ?? DEFAULT_LEAD_DAYS;
    const next = firstDelivery(a, todayInShanghai(now), dto.weekday, leadDays);
    this.agreementOrders.assertUsable(a, next, now);
    const lines = await this.agreementOrders.agreedLines(a, dto.lines);
    const so = await this.repo.save(
      this.repo.create({
        agreementId: a.id,
        agencyId,
        canteenId: dto.canteenId.toLowerCase(),
        createdBy: me.id,
        createdByName: me.name.slice(0, 60),
        weekday: dto.weekday,
        leadDays,
        lines: lines.map((l) => ({ skuId: l.skuId, quantity: l.quantity })),
        note: dto.note?.trim() || null,
        active: true,
        stoppedReason: null,
        nextDeliveryDate: next,
        pendingDeliveryDate: null,
        claimedAt: null,
        lastRunAt: null,
        lastDeliveryDate: null,
        lastOrderNo: null,
        lastError: null,
        version: 1,
      }),
    );
    await this.audit.record({
      actor: actor(me),
      action: 'standing_order.create',
      subjectType: 'standing_order',
      subjectId: so.id,
      summary: `按定向直供协议「${a.title}」设置每周${WEEKDAY[so.weekday]}送达的周期订单，首次送达 ${next}`,
      after: { weekday: so.weekday, leadDays, lines: so.lines, nextDeliveryDate: next },
      agencyId,
      supplierId: a.supplierId,
    });
    return so;
  }

  async list(agencyId: string, agreementId: string): Promise<StandingOrder[]> {
    await this.agreements.require({ agencyId }, agreementId);
    return this.repo.find({ where: { agencyId, agreementId }, order: { createdAt: 'ASC' } });
  }

  async get(agencyId: string, agreementId: string, id: string): Promise<StandingOrder> {
    const so = await this.repo.findOneBy({ id, agencyId, agreementId });
    if (!so) throw AppError.notFound('周期订单');
    return so;
  }

  /** Pause (active=false), resume (active=true: the next delivery is recomputed from today), or change it. */
  async update(agencyId: string, agreementId: string, id: string, me: Principal, dto: UpdateStandingOrderDto, now = new Date()): Promise<StandingOrder> {
    const so = await this.get(agencyId, agreementId, id);
    const a = await this.agreements.require({ agencyId }, agreementId);
    const set: Partial<StandingOrder> = {};
    const weekday = dto.weekday ?? so.weekday;
    const leadDays = dto.leadDays ?? so.leadDays;
    if (dto.lines) set.lines = (await this.agreementOrders.agreedLines(a, dto.lines)).map((l) => ({ skuId: l.skuId, quantity: l.quantity }));
    if (dto.note !== undefined) set.note = dto.note?.trim() || null;
    const active = dto.active ?? so.active;
    const resuming = active && !so.active;
    if (dto.weekday !== undefined) set.weekday = weekday;
    if (dto.leadDays !== undefined) set.leadDays = leadDays;
    if (active && (resuming || weekday !== so.weekday || leadDays !== so.leadDays)) {
      const next = firstDelivery(a, todayInShanghai(now), weekday, leadDays);
      this.agreementOrders.assertUsable(a, next, now);
      set.nextDeliveryDate = next;
    }
    if (dto.active !== undefined) {
      set.active = active;
      if (resuming) set.stoppedReason = null;
    }
    if (!Object.keys(set).length) return so;
    const res = await this.repo
      .createQueryBuilder()
      .update(StandingOrder)
      .set({ ...set, version: so.version + 1, updatedAt: now })
      .where('id = :id AND version = :v', { id: so.id, v: so.version })
      .execute();
    if (res.affected !== 1) throw AppError.conflict('CONCURRENT_UPDATE', '周期订单刚被更改（或正在下单），请刷新后重试');
    const after = await this.get(agencyId, agreementId, id);
    await this.audit.record({
      actor: actor(me),
      action: dto.active === false && so.active ? 'standing_order.pause' : resuming ? 'standing_order.resume' : 'standing_order.update',
      subjectType: 'standing_order',
      subjectId: so.id,
      summary: dto.active === false && so.active ? '暂停周期订单' : resuming ? `恢复周期订单，下次送达 ${after.nextDeliveryDate}` : '修改周期订单',
      before: { active: so.active, weekday: so.weekday, leadDays: so.leadDays, lines: so.lines, nextDeliveryDate: so.nextDeliveryDate },
      after: { active: after.active, weekday: after.weekday, leadDays: after.leadDays, lines: after.lines, nextDeliveryDate: after.nextDeliveryDate },
      agencyId,
      supplierId: a.supplierId,
    });
    return after;
  }

  /**
   * Places every week that is due at `now` (order day = delivery − leadDays reached, Asia/Shanghai).
   * Safe to run from several processes at once, and to run again: each week is claimed once.
   */
  async runDue(now = new Date()): Promise<StandingRunResult> {
    const result: StandingRunResult = { submitted: 0, skipped: 0, stopped: 0 };
    const today = todayInShanghai(now);

    // Weeks claimed by a run that never finished (the process died): retry with the same key.
    const stale = await this.repo
      .createQueryBuilder('s')
      .where('s.pendingDeliveryDate IS NOT NULL AND s.claimedAt < :before', { before: new Date(now.getTime() - CLAIM_LEASE_MS) })
      .orderBy('s.claimedAt', 'ASC')
      .take(BATCH)
      .getMany();
    for (const so of stale) {
      const res = await this.repo
        .createQueryBuilder()
        .update(StandingOrder)
        .set({ claimedAt: now, version: so.version + 1, updatedAt: now })
        .where('id = :id AND version = :v AND pendingDeliveryDate = :d', { id: so.id, v: so.version, d: so.pendingDeliveryDate })
        .execute();
      if (res.affected === 1) await this.place(so, so.pendingDeliveryDate!, now, result);
    }

    const candidates = await this.repo
      .createQueryBuilder('s')
      .where('s.active = :on AND s.pendingDeliveryDate IS NULL AND s.nextDeliveryDate <= :horizon', { on: true, horizon: addDays(today, MAX_LEAD_DAYS) })
      .orderBy('s.nextDeliveryDate', 'ASC')
      .take(BATCH)
      .getMany();
    for (const so of candidates) {
      const d = so.nextDeliveryDate;
      if (addDays(d, -so.leadDays) > today) continue;
      if (d <= today) {
        // The order day passed unnoticed (the service was down): a delivery today or earlier can no
        // longer be ordered, so move on to the first week still in time.
        const next = nextWeekdayOnOrAfter(addDays(today, so.leadDays), so.weekday);
        await this.repo
          .createQueryBuilder()
          .update(StandingOrder)
          .set({ nextDeliveryDate: next, lastError: `${d} 的订单错过下单时间，未下单`, version: so.version + 1, updatedAt: now })
          .where('id = :id AND version = :v AND nextDeliveryDate = :d AND pendingDeliveryDate IS NULL', { id: so.id, v: so.version, d })
          .execute();
        result.skipped++;
        continue;
      }
      const claim = await this.repo
        .createQueryBuilder()
        .update(StandingOrder)
        .set({ nextDeliveryDate: addDays(d, 7), pendingDeliveryDate: d, claimedAt: now, version: so.version + 1, updatedAt: now })
        .where('id = :id AND active = :on AND version = :v AND nextDeliveryDate = :d AND pendingDeliveryDate IS NULL', { id: so.id, on: true, v: so.version, d })
        .execute();
      if (claim.affected !== 1) continue; // another run has it
      await this.place(so, d, now, result);
    }
    return result;
  }

  /** Submits the claimed week `d` and records the outcome; leaves the claim for a retry on an unexpected failure. */
  private async place(so: StandingOrder, d: string, now: Date, result: StandingRunResult): Promise<void> {
    try {
      const a = await this.agreements.require(null, so.agreementId);
      const why = unusableReason(a, d, todayInShanghai(now));
      if (why) {
        await this.finish(so, d, now, { active: false, stoppedReason: why.message, lastError: `${d} 未下单：${why.message}` });
        await this.audit.record({
          actor: SYSTEM_ACTOR,
          action: 'standing_order.stop',
          subjectType: 'standing_order',
          subjectId: so.id,
          summary: `周期订单停止：${why.message}`,
          after: { active: false, reason: why.message },
          agencyId: so.agencyId,
          supplierId: a.supplierId,
        });
        result.stopped++;
        return;
      }
      const orders = await this.submission.submit(
        {
          agencyId: so.agencyId,
          canteenId: so.canteenId,
          buyerUserId: so.createdBy,
          buyerName: so.createdByName,
          purpose: ProcurementPurpose.CANTEEN,
          deliveryDate: d,
          note: so.note,
          idempotencyKey: standingOrderKey(so.id, d),
          lines: await this.agreementOrders.agreedLines(a, so.lines),
          agreementId: a.id,
          standingOrderId: so.id,
        },
        now,
      );
      await this.finish(so, d, now, { lastOrderNo: orders[0]?.orderNo ?? null, lastError: null });
      result.submitted++;
    } catch (err) {
      if (err instanceof AppError && err.getStatus() < 500) {
        // Refused on its content (a SKU off sale, out of stock, the canteen lost its address…):
        // this week is skipped, and the agency sees why on the standing order.
        await this.finish(so, d, now, { lastError: `${d} 未下单：${err.message}`.slice(0, 300) });
        result.skipped++;
        return;
      }
      this.logger.error({ err, standingOrderId: so.id, deliveryDate: d }, 'standing order submission failed; will retry');
    }
  }

  private async finish(so: StandingOrder, d: string, now: Date, set: Partial<StandingOrder>): Promise<void> {
    await this.repo
      .createQueryBuilder()
      .update(StandingOrder)
      .set({ ...set, pendingDeliveryDate: null, claimedAt: null, lastRunAt: now, lastDeliveryDate: d, version: () => 'version + 1', updatedAt: now })
      .where('id = :id AND pendingDeliveryDate = :d', { id: so.id, d })
      .execute();
  }

  /**
   * The canteen must be the agency's; a contractor's buyer only for the canteen(s) they run — the same
   * rule as a direct submission, checked here so no standing order is made whose every week would fail.
   */
  private async requireCanteen(agencyId: string, canteenId: string, userId: string): Promise<void> {
    const { canteens } = await this.agencies.view(agencyId);
    if (!canteens.some((c) => c.id.toLowerCase() === canteenId.toLowerCase())) throw AppError.badRequest('UNKNOWN_CANTEEN', '食堂不存在或不属于本单位');
    const contracted = canteens.filter((c) => c.contractorUserId === userId);
    if (contracted.length && !contracted.some((c) => c.id.toLowerCase() === canteenId.toLowerCase())) throw AppError.forbidden('承包方采购员只能为其承包的食堂设置周期订单');
  }

  view(so: StandingOrder): StandingOrderView {
    return {
      id: so.id,
      agreementId: so.agreementId,
      agencyId: so.agencyId,
      canteenId: so.canteenId,
      createdBy: so.createdBy,
      createdByName: so.createdByName,
      weekday: so.weekday,
      leadDays: so.leadDays,
      lines: so.lines,
      note: so.note,
      active: so.active,
      stoppedReason: so.stoppedReason,
      nextDeliveryDate: so.nextDeliveryDate,
      nextOrderDate: addDays(so.nextDeliveryDate, -so.leadDays),
      lastRunAt: so.lastRunAt,
      lastDeliveryDate: so.lastDeliveryDate,
      lastOrderNo: so.lastOrderNo,
      lastError: so.lastError,
    };
  }
}

export const standingOrderKey = (id: string, deliveryDate: string) => `standing:${id}:${deliveryDate}`;

const WEEKDAY = ['', '一', '二', '三', '四', '五', '六', '日'];

/** The first delivery on `weekday` whose order day is today or later, and not before the agreement starts. */
function firstDelivery(a: SupplyAgreement, today: string, weekday: number, leadDays: number): string {
  const earliest = addDays(today, leadDays);
  return nextWeekdayOnOrAfter(earliest > a.validFrom ? earliest : a.validFrom, weekday);
}
