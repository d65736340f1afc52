import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { ActorRef, actorIdOf, AuditLog } from '../audit/audit-log.service';
import { AppError } from '../common/app-error';
import { ZonesService } from '../catalog/zones.service';
import { isUniqueViolation } from '../database/dialect';
import { inTransaction } from '../database/transaction';
import { reserveBudget } from './budget';
import { CampaignStatus, CouponCampaign, CouponScope } from './campaign.entity';
import { Coupon, CouponIssue, CouponStatus } from './coupon.entity';
import { newCouponCode } from './coupon-code';
import { CampaignView, CreateCampaignDto, GrantReportView } from './dto';
import { MOBILE } from './phone-list';

/** Operators: union coupon campaigns and issuing coupons to members by phone list. */
@Injectable()
export class CampaignsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(CouponCampaign) private readonly campaigns: Repository<CouponCampaign>,
    @InjectRepository(Coupon) private readonly coupons: Repository<Coupon>,
    private readonly zones: ZonesService,
    private readonly audit: AuditLog,
  ) {}

  async create(dto: CreateCampaignDto, actor: ActorRef): Promise<CouponCampaign> {
    if (dto.validFrom > dto.validTo) throw AppError.badRequest('INVALID_PERIOD', '有效期开始日期不能晚于结束日期');
    if (dto.faceValueFen > dto.budgetFen) throw AppError.badRequest('FACE_VALUE_OVER_BUDGET', '券面额不能超过活动预算');
    if (dto.scope === CouponScope.ZONE) {
      if (!dto.zoneId) throw AppError.badRequest('ZONE_REQUIRED', '适用范围为专区时必须指定专区');
      await this.zones.get(dto.zoneId);
    } else if (dto.zoneId) throw AppError.badRequest('ZONE_NOT_ALLOWED', '适用范围为全部消费帮扶产品时不能指定专区');
    try {
      return await inTransaction(this.dataSource, async (m) => {
        const c = await m.save(
        m.create(CouponCampaign, {
          name: dto.name.trim(),
          unionName: dto.unionName.trim(),
          budgetFen: dto.budgetFen,
          issuedFen: 0,
          faceValueFen: dto.faceValueFen,
          minSpendFen: dto.minSpendFen,
          validFrom: dto.validFrom,
          validTo: dto.validTo,
          scope: dto.scope,
          zoneId: dto.zoneId ?? null,
          claimCode: dto.claimCode ?? null,
          status: CampaignStatus.ACTIVE,
          createdById: actorIdOf(actor)!,
        }),
        );
        await this.audit.record({
          actor, action: 'coupon_campaign.create', subjectType: 'coupon_campaign', subjectId: c.id,
          summary: `创建工会券活动「${c.name}」（${c.unionName}，预算 ${c.budgetFen / 100} 元，面额 ${c.faceValueFen / 100} 元）`,
          after: { name: c.name, unionName: c.unionName, budgetFen: c.budgetFen, faceValueFen: c.faceValueFen, minSpendFen: c.minSpendFen, validFrom: c.validFrom, validTo: c.validTo, scope: c.scope, zoneId: c.zoneId, claimCode: c.claimCode, status: c.status },
        }, m);
        return c;
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw AppError.conflict('CLAIM_CODE_TAKEN', '该领取码已被其他活动使用');
      throw err;
    }
  }

  async get(id: string): Promise<CouponCampaign> {
    const c = await this.campaigns.findOneBy({ id });
    if (!c) throw AppError.notFound('优惠券活动');
    return c;
  }

  list(): Promise<CouponCampaign[]> {
    return this.campaigns.find({ order: { createdAt: 'DESC' }, take: 500 });
  }

  async setStatus(id: string, status: CampaignStatus, actor: ActorRef = null): Promise<CouponCampaign> {
    const c = await this.get(id);
    if (c.status === status) return c;
    await inTransaction(this.dataSource, async (m) => {
      const res = await m.update(CouponCampaign, { id, status: c.status }, { status, updatedAt: new Date() });
      if (res.affected !== 1) throw AppError.conflict('STALE_STATUS', '活动状态已被他人修改，请刷新后重试');
      await this.audit.record({
        actor, action: status === CampaignStatus.SUSPENDED ? 'coupon_campaign.suspend' : 'coupon_campaign.resume', subjectType: 'coupon_campaign', subjectId: id,
        summary: `${status === CampaignStatus.SUSPENDED ? '暂停' : '恢复'}工会券活动「${c.name}」`, before: { status: c.status }, after: { status },
      }, m);
    });
    return { ...c, status } as CouponCampaign;
  }

  async view(c: CouponCampaign): Promise<CampaignView> {
    const [issuedCount, usedCount] = await Promise.all([
      this.coupons.countBy({ campaignId: c.id }),
      this.coupons.countBy({ campaignId: c.id, status: CouponStatus.USED }),
    ]);
    return {
      id: c.id,
      name: c.name,
      unionName: c.unionName,
      budgetFen: c.budgetFen,
      issuedFen: c.issuedFen,
      remainingFen: c.budgetFen - c.issuedFen,
      faceValueFen: c.faceValueFen,
      minSpendFen: c.minSpendFen,
      validFrom: c.validFrom,
      validTo: c.validTo,
      scope: c.scope,
      zoneId: c.zoneId,
      claimCode: c.claimCode,
      status: c.status,
      issuedCount,
      usedCount,
      createdAt: c.createdAt.toISOString(),
    };
  }

  /**
   * Issues one coupon to each phone that holds none of this campaign yet, all or nothing: the budget
   * for all of them is taken in one conditional UPDATE. Phones without an account keep their coupon
   * waiting; it is bound to the member's account the first time they open the wallet or check out.
   */
  async grant(id: string, phones: string[], invalid: string[], actor: ActorRef, opts: { codes?: Map<string, string> } = {}): Promise<GrantReportView> {
    const actorId = actorIdOf(actor)!;
    const campaign = await this.get(id);
    if (campaign.status !== CampaignStatus.ACTIVE) throw AppError.conflict('CAMPAIGN_SUSPENDED', '活动已暂停，不能发放');
    const valid = [...new Set(phones.map((p) => p.trim()))].filter((p) => MOBILE.test(p));
    const bad = [...new Set([...invalid, ...phones.map((p) => p.trim()).filter((p) => !MOBILE.test(p))])];
    const held = new Set<string>();
    for (let i = 0; i < valid.length; i += 500) {
      const part = valid.slice(i, i + 500);
      (await this.coupons.find({ select: { holderPhone: true }, where: { campaignId: id, holderPhone: In(part) } })).forEach((c) => held.add(c.holderPhone));
    }
    const fresh = valid.filter((p) => !held.has(p));
    if (fresh.length) {
      try {
        await inTransaction(this.dataSource, async (m) => {
          await reserveBudget(m, campaign, fresh.length);
          const rows = fresh.map((phone) =>
            m.create(Coupon, {
              campaignId: id,
              code: opts.codes?.get(phone) ?? newCouponCode(),
              holderPhone: phone,
              userId: null,
              status: CouponStatus.AVAILABLE,
              orderId: null,
              usedAt: null,
              issuedVia: CouponIssue.PHONE_LIST,
              issuedById: actorId,
            }),
          );
          for (let i = 0; i < rows.length; i += 200) await m.save(rows.slice(i, i + 200));
          // The phones themselves stay out of the log (personal data); the coupons carry them.
          await this.audit.record({
            actor, action: 'coupon.grant', subjectType: 'coupon_campaign', subjectId: id,
            summary: `按名单向 ${fresh.length} 个手机号发放「${campaign.name}」，占用预算 ${(fresh.length * campaign.faceValueFen) / 100} 元`,
            after: { issued: fresh.length, faceValueFen: campaign.faceValueFen, amountFen: fresh.length * campaign.faceValueFen },
          }, m);
        });
      } catch (err) {
        if (isUniqueViolation(err)) throw AppError.conflict('GRANT_CONFLICT', '名单中的会员刚刚领取了本活动的券，请重新提交名单');
        throw err;
      }
    }
    const after = await this.get(id);
    return { issued: fresh.length, alreadyHeld: [...held], invalid: bad, remainingFen: after.budgetFen - after.issuedFen };
  }
}
