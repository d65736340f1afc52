import { Injectable } from '@nestjs/common';
import { AppError } from '../../common/app-error';
import { todayInShanghai } from '../../common/validators';
import { Principal } from '../../identity/principal';
import { OrderSubmission, SubmitLine } from '../orders/order-submission.service';
import { ProcurementOrder } from '../orders/procurement-order.entity';
import { ProcurementPurpose } from '../orders/procurement-order-status';
import { AgreementStatus } from './agreement-status';
import { AgreementsService } from './agreements.service';
import { AgreementOrderDto, AgreementOrderView, OrderLineQtyInput } from './dto';
import { SupplyAgreement } from './supply-agreement.entity';

/** Why an agreement cannot carry an order delivered on `deliveryDate` (judged on `today`), or null. */
export function unusableReason(a: SupplyAgreement, deliveryDate: string, today: string): { code: string; message: string } | null {
  if (a.status !== AgreementStatus.ACTIVE) return { code: 'AGREEMENT_NOT_ACTIVE', message: a.status === AgreementStatus.ENDED ? '定向直供协议已终止' : '定向直供协议尚未生效' };
  if (a.validTo < today) return { code: 'AGREEMENT_EXPIRED', message: `定向直供协议已于 ${a.validTo} 到期` };
  if (deliveryDate < a.validFrom || deliveryDate > a.validTo) {
    return { code: 'AGREEMENT_NOT_VALID_ON_DATE', message: `送达日期不在协议有效期（${a.validFrom} 至 ${a.validTo}）内` };
  }
  return null;
}

/**
 * Ordering under a direct-supply agreement: only an ACTIVE agreement valid on the delivery day, only
 * its SKUs, each at least its minQty; the lines go to procurement-order submission at the agreed
 * prices (approval, stock, idempotency and the rest are submission's).
 */
@Injectable()
export class AgreementOrders {
  constructor(
    private readonly agreements: AgreementsService,
    private readonly submission: OrderSubmission,
  ) {}

  async order(agencyId: string, agreementId: string, me: Principal, key: string | undefined, dto: AgreementOrderDto, now = new Date()): Promise<ProcurementOrder[]> {
    if (!key?.trim()) throw AppError.badRequest('IDEMPOTENCY_KEY_REQUIRED', '下单请求必须带 Idempotency-Key 请求头');
    const a = await this.agreements.require({ agencyId }, agreementId);
    this.assertUsable(a, dto.deliveryDate, now);
    const lines = await this.agreedLines(a, dto.lines);
    return this.submission.submit(
      {
        agencyId,
        canteenId: dto.canteenId,
        buyerUserId: me.id,
        buyerName: me.name,
        purpose: dto.purpose ?? ProcurementPurpose.CANTEEN,
        deliveryDate: dto.deliveryDate,
        note: dto.note ?? null,
        idempotencyKey: key.trim(),
        lines,
        agreementId: a.id,
      },
      now,
    );
  }

  /** 409 when the agreement cannot carry a delivery on that day. */
  assertUsable(a: SupplyAgreement, deliveryDate: string, now = new Date()): void {
    const why = unusableReason(a, deliveryDate, todayInShanghai(now));
    if (why) throw AppError.conflict(why.code, why.message);
  }

  /** The requested lines at the agreed prices; 400 for a SKU outside the agreement or under its minimum. */
  async agreedLines(a: SupplyAgreement, input: OrderLineQtyInput[]): Promise<SubmitLine[]> {
    const terms = new Map((await this.agreements.linesOf([a.id])).map((l) => [l.skuId.toLowerCase(), l]));
    const wanted = new Map<string, number>();
    for (const l of input) wanted.set(l.skuId.toLowerCase(), (wanted.get(l.skuId.toLowerCase()) ?? 0) + l.quantity);
    const outside = [...wanted.keys()].filter((id) => !terms.has(id));
    if (outside.length) {
      throw AppError.badRequest('SKU_NOT_IN_AGREEMENT', '所选商品规格不在该定向直供协议内', outside.map((skuId) => ({ skuId })));
    }
    const short = [...wanted].filter(([id, q]) => q < terms.get(id)!.minQty);
    if (short.length) {
      throw AppError.badRequest(
        'BELOW_AGREEMENT_MINIMUM',
        '部分商品低于协议约定的每单最少数量',
        short.map(([id, q]) => {
          const t = terms.get(id)!;
          return { skuId: t.skuId, productName: t.productName, spec: t.spec, minimum: t.minQty, requested: q };
        }),
      );
    }
    return [...wanted].map(([id, quantity]) => {
      const t = terms.get(id)!;
      return { skuId: t.skuId, quantity, agreedPriceFen: Number(t.priceFen) };
    });
  }
}

export function orderViews(orders: ProcurementOrder[]): AgreementOrderView[] {
  return orders.map((o) => ({
    id: o.id,
    orderNo: o.orderNo,
    status: o.status,
    supplierId: o.supplierId,
    agreementId: o.agreementId,
    goodsFen: Number(o.goodsFen),
    deliveryDate: o.deliveryDate,
  }));
}
