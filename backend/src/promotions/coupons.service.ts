import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, Repository } from 'typeorm';
import { AppError } from '../common/app-error';
import { todayInShanghai } from '../common/validators';
import { ShopListings } from '../catalog/shop-listings.service';
import { ZonesService } from '../catalog/zones.service';
import { isUniqueViolation } from '../database/dialect';
import { inTransaction } from '../database/transaction';
import { UsersService } from '../identity/users.service';
import { reserveBudget } from './budget';
import { CampaignStatus, CouponCampaign, CouponScope } from './campaign.entity';
import { Coupon, CouponIssue, CouponStatus } from './coupon.entity';
import { newCouponCode, normaliseCouponCode } from './coupon-code';
import { CouponView } from './dto';

export interface QuoteLine {
  skuId: string;
  productId: string;
  unitPriceFen: number;
  quantity: number;
}

const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;
const notApplicable = (message: string, details?: unknown) => new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'COUPON_NOT_APPLICABLE', message, details);

/**
 * Members' union coupons: the wallet, claiming by code, and — for the order side — quoting the
 * discount for a basket, redeeming it inside the order's transaction and releasing it when the order
 * is cancelled.
 */
@Injectable()
export class CouponsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Coupon) private readonly coupons: Repository<Coupon>,
    @InjectRepository(CouponCampaign) private readonly campaigns: Repository<CouponCampaign>,
    private readonly users: UsersService,
    private readonly listings: ShopListings,
    private readonly zones: ZonesService,
  ) {}

  /** Coupons granted to the member's phone before they had an account (or before they looked) become theirs. */
  private async bindPending(userId: string): Promise<string> {
    const { phone } = await this.users.get(userId);
    try {
      await this.coupons.update({ holderPhone: phone, userId: IsNull() }, { userId, updatedAt: new Date() });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err; // already holds one of that campaign under another phone: leave it waiting
    }
    return phone;
  }

  async wallet(userId: string): Promise<CouponView[]> {
    await this.bindPending(userId);
    const mine = await this.coupons.find({ where: { userId }, order: { createdAt: 'DESC' } });
    return this.views(mine);
  }

  /** Claims the campaign's coupon with its claim code: one per member, never beyond the budget. */
  async claim(userId: string, claimCode: string): Promise<CouponView> {
    const phone = await this.bindPending(userId);
    const campaign = await this.campaigns.findOneBy({ claimCode: normaliseCouponCode(claimCode) });
    if (!campaign) throw new AppError(HttpStatus.NOT_FOUND, 'CLAIM_CODE_NOT_FOUND', '领取码不存在');
    this.checkUsable(campaign);
    const held = await this.coupons.findOneBy([{ campaignId: campaign.id, userId }, { campaignId: campaign.id, holderPhone: phone }]);
    if (held) throw AppError.conflict('ALREADY_CLAIMED', '您已领取过本活动的优惠券');
    let coupon: Coupon;
    try {
      coupon = await inTransaction(this.dataSource, async (m) => {
        await reserveBudget(m, campaign, 1);
        return m.save(
          m.create(Coupon, {
            campaignId: campaign.id,
            code: newCouponCode(),
            holderPhone: phone,
            userId,
            status: CouponStatus.AVAILABLE,
            orderId: null,
            usedAt: null,
            issuedVia: CouponIssue.CLAIM_CODE,
            issuedById: userId,
          }),
        );
      });
    } catch (err) {
      // The same member claiming twice at once: the unique index refuses the second, and its budget rolls back.
      if (isUniqueViolation(err)) throw AppError.conflict('ALREADY_CLAIMED', '您已领取过本活动的优惠券');
      throw err;
    }
    return (await this.views([coupon]))[0];
  }

  /**
   * The discount a coupon gives on a basket, computed from the lines the order side priced: the face
   * value, at most the in-scope subtotal, when the in-scope subtotal reaches the minimum spend.
   * 404 unknown (or another member's) coupon; 409 used, expired, not yet valid or suspended;
   * 422 below the minimum spend or nothing in scope.
   */
  async quote(
    userId: string,
    couponCode: string,
    lines: { skuId: string; productId: string; unitPriceFen: number; quantity: number }[],
  ): Promise<{ couponId: string; discountFen: number; fundedBy: string }> {
    await this.bindPending(userId);
    const coupon = await this.coupons.findOneBy({ code: normaliseCouponCode(couponCode) });
    if (!coupon || coupon.userId !== userId) throw new AppError(HttpStatus.NOT_FOUND, 'COUPON_NOT_FOUND', '优惠券不存在');
    if (coupon.status === CouponStatus.USED) throw AppError.conflict('COUPON_USED', '该优惠券已使用');
    const campaign = await this.campaigns.findOneByOrFail({ id: coupon.campaignId });
    this.checkUsable(campaign);
    for (const l of lines) {
      if (!Number.isSafeInteger(l.unitPriceFen) || l.unitPriceFen < 0 || !Number.isSafeInteger(l.quantity) || l.quantity <= 0) {
        throw AppError.badRequest('INVALID_LINES', '订单明细的价格或数量不合法');
      }
    }
    const inScope = await this.inScope(campaign, [...new Set(lines.map((l) => l.productId))]);
    const subtotal = lines.filter((l) => inScope.has(l.productId)).reduce((sum, l) => sum + l.unitPriceFen * l.quantity, 0);
    if (subtotal === 0) throw notApplicable(campaign.scope === CouponScope.ZONE ? '订单中没有该券适用专区的商品' : '订单中没有该券适用的消费帮扶商品');
    if (subtotal < campaign.minSpendFen) {
      throw notApplicable(`适用商品满 ${yuan(campaign.minSpendFen)} 可用，当前 ${yuan(subtotal)}`, { minSpendFen: campaign.minSpendFen, eligibleFen: subtotal });
    }
    return { couponId: coupon.id, discountFen: Math.min(campaign.faceValueFen, subtotal), fundedBy: campaign.unionName };
  }

  /** Marks the coupon used by the order, inside the order's transaction: one conditional UPDATE AVAILABLE → USED. */
  async redeem(m: EntityManager, couponId: string, userId: string, orderId: string): Promise<void> {
    const res = await m.update(Coupon, { id: couponId, userId, status: CouponStatus.AVAILABLE }, { status: CouponStatus.USED, orderId, usedAt: new Date(), updatedAt: new Date() });
    if (!res.affected) throw AppError.conflict('COUPON_UNAVAILABLE', '该优惠券已被使用或不可用');
  }

  /** Gives the coupon back when the order that used it is cancelled (idempotent; only that order's use is undone). */
  async release(m: EntityManager, couponId: string, orderId: string): Promise<void> {
    await m.update(Coupon, { id: couponId, orderId, status: CouponStatus.USED }, { status: CouponStatus.AVAILABLE, orderId: null, usedAt: null, updatedAt: new Date() });
  }

  private checkUsable(c: CouponCampaign): void {
    const today = todayInShanghai();
    if (c.status !== CampaignStatus.ACTIVE) throw AppError.conflict('CAMPAIGN_SUSPENDED', '该优惠券活动已暂停');
    if (today < c.validFrom) throw AppError.conflict('COUPON_NOT_STARTED', `该优惠券 ${c.validFrom} 起可用`);
    if (today > c.validTo) throw AppError.conflict('COUPON_EXPIRED', '该优惠券已过期');
  }

  /** Which of the products the campaign covers today (the shop's visibility rule is applied either way). */
  private async inScope(c: CouponCampaign, productIds: string[]): Promise<Set<string>> {
    if (!productIds.length) return new Set();
    if (c.scope === CouponScope.ZONE) {
      const zone = await this.zones.get(c.zoneId!).catch(() => null);
      if (!zone || !zone.active) return new Set();
      const ids = new Set((await this.zones.productsOf(zone)).map((p) => p.id));
      return new Set(productIds.filter((id) => ids.has(id)));
    }
    return this.listings.visibleAmong(productIds);
  }

  private async views(coupons: Coupon[]): Promise<CouponView[]> {
    const campaignIds = [...new Set(coupons.map((c) => c.campaignId))];
    const campaigns = new Map((campaignIds.length ? await this.campaigns.findBy({ id: In(campaignIds) }) : []).map((c) => [c.id, c]));
    const zones = new Map<string, { id: string; slug: string; name: string } | null>();
    for (const c of campaigns.values()) {
      if (c.zoneId && !zones.has(c.zoneId)) zones.set(c.zoneId, await this.zones.get(c.zoneId).then((z) => ({ id: z.id, slug: z.slug, name: z.name })).catch(() => null));
    }
    const today = todayInShanghai();
    return coupons.map((k) => {
      const c = campaigns.get(k.campaignId)!;
      const status =
        k.status === CouponStatus.USED ? k.status : today > c.validTo ? 'EXPIRED' : c.status === CampaignStatus.SUSPENDED ? 'SUSPENDED' : k.status;
      return {
        id: k.id,
        code: k.code,
        campaignName: c.name,
        fundedBy: c.unionName,
        faceValueFen: c.faceValueFen,
        minSpendFen: c.minSpendFen,
        validFrom: c.validFrom,
        validTo: c.validTo,
        scope: c.scope,
        zone: c.zoneId ? (zones.get(c.zoneId) ?? null) : null,
        status,
        orderId: k.orderId,
        usedAt: k.usedAt?.toISOString() ?? null,
      };
    });
  }
}
