import { createHash } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AuditLog } from '../../audit/audit-log.service';
import { ShopListings } from '../../catalog/shop-listings.service';
import { SkuForSale, StockService } from '../../catalog/stock.service';
import { AppError } from '../../common/app-error';
import { isRealDate } from '../../common/validators';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { isUniqueViolation } from '../../database/dialect';
import { inTransaction } from '../../database/transaction';
import { UsersService } from '../../identity/users.service';
import { newOrderNo } from '../../orders/order-no';
import { AgenciesService } from '../agencies.service';
import { AgencyStatus } from '../agency.entity';
import { Canteen } from '../canteen.entity';
import { ApprovalRules } from './approval-rules.service';
import { addDays, recordEvent, shanghaiDay, SUBJECT } from './order-store';
import { ProcurementEventType } from './procurement-order-event.entity';
import { ProcurementOrderLine } from './procurement-order-line.entity';
import { ProcurementOrder } from './procurement-order.entity';
import { InvoiceStatus, ProcurementOrderStatus, ProcurementPaymentStatus, ProcurementPurpose } from './procurement-order-status';

export interface SubmitLine {
  skuId: string;
  quantity: number;
  /** agreement price, used instead of the shop price when given */
  agreedPriceFen?: number;
}

export interface SubmitProcurementOrder {
  agencyId: string;
  canteenId: string;
  buyerUserId: string;
  buyerName: string;
  purpose: ProcurementPurpose;
  deliveryDate: string;
  note?: string | null;
  idempotencyKey: string;
  lines: SubmitLine[];
  agreementId?: string | null;
  standingOrderId?: string | null;
}

/** Idempotency-Key: 1–100 visible ASCII characters (a UUID is typical). */
const KEY = /^[\x21-\x7e]{1,100}$/;
export const MAX_PROCUREMENT_QTY = 100_000;
export const MAX_DELIVERY_DAYS_AHEAD = 90;

interface PricedLine {
  sku: SkuForSale;
  quantity: number;
  priceFen: number;
}

/**
 * Submission of canteen procurement orders (采购下单), for the buyer's own request and for the
 * agreements context (direct-supply agreements, standing weekly orders). Lines of several suppliers
 * become one order per supplier, all in one transaction; stock is reserved with one conditional
 * UPDATE per SKU through the catalog's StockService. The Idempotency-Key (unique per buyer and
 * supplier) makes a retried request answer the orders it already created.
 */
@Injectable()
export class OrderSubmission {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(ProcurementOrder) private readonly orders: Repository<ProcurementOrder>,
    @InjectRepository(Canteen) private readonly canteens: Repository<Canteen>,
    private readonly agencies: AgenciesService,
    private readonly users: UsersService,
    private readonly stock: StockService,
    private readonly listings: ShopListings,
    private readonly rules: ApprovalRules,
    private readonly audit: AuditLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async submit(input: SubmitProcurementOrder, now = new Date()): Promise<ProcurementOrder[]> {
    const key = (input.idempotencyKey ?? '').trim();
    if (!key) throw AppError.badRequest('IDEMPOTENCY_KEY_REQUIRED', '下单请求必须带 Idempotency-Key 请求头');
    if (!KEY.test(key)) throw AppError.badRequest('IDEMPOTENCY_KEY_INVALID', 'Idempotency-Key 必须是 1–100 个可见 ASCII 字符');
    const hash = requestHash(input);
    const earlier = await this.replay(input.buyerUserId, key, hash);
    if (earlier) return earlier;

    this.checkDeliveryDate(input.deliveryDate, now);
    const agency = await this.agencies.get(input.agencyId);
    if (agency.status !== AgencyStatus.ACTIVE) throw AppError.conflict('AGENCY_DISABLED', '该预算单位已停用，不能下单');
    const canteen = await this.requireCanteen(input.agencyId, input.canteenId, input.buyerUserId);
    const address = canteen.address;
    if (!address) throw AppError.badRequest('CANTEEN_ADDRESS_MISSING', `食堂「${canteen.name}」未登记收货地址，请单位管理员先补充`);
    const contactPhone = canteen.contactPhone ?? (await this.users.get(input.buyerUserId)).phone;
    const lines = await this.price(input.lines);
    const rule = await this.rules.ruleOf(input.agencyId);

    const bySupplier = new Map<string, PricedLine[]>();
    for (const l of lines) bySupplier.set(l.sku.supplierId, [...(bySupplier.get(l.sku.supplierId) ?? []), l]);
    const actor = { userId: input.buyerUserId, name: input.buyerName };
    try {
      return await inTransaction(this.dataSource, async (m) => {
        // Stock first, in a fixed order (no deadlocks between buyers of the same SKUs). A short SKU
        // throws, which rolls back everything this request took.
        for (const l of [...lines].sort((a, b) => a.sku.skuId.localeCompare(b.sku.skuId))) {
          if (!(await this.stock.take(m, l.sku.skuId, l.quantity))) {
            throw new AppError(HttpStatus.CONFLICT, 'OUT_OF_STOCK', `「${l.sku.productName} ${l.sku.spec}」库存不足`, { skuId: l.sku.skuId, requested: l.quantity });
          }
        }
        const created: ProcurementOrder[] = [];
        for (const [supplierId, own] of [...bySupplier].sort(([a], [b]) => a.localeCompare(b))) {
          const goodsFen = own.reduce((a, l) => a + l.priceFen * l.quantity, 0);
          const needsApproval = this.rules.requires(rule, goodsFen);
          const status = needsApproval ? ProcurementOrderStatus.PENDING_APPROVAL : ProcurementOrderStatus.PENDING_CONFIRMATION;
          const order = await m.save(
            m.create(ProcurementOrder, {
              orderNo: newOrderNo(now),
              agencyId: input.agencyId,
              canteenId: canteen.id,
              buyerUserId: input.buyerUserId,
              supplierId,
              agreementId: input.agreementId ?? null,
              standingOrderId: input.standingOrderId ?? null,
              idempotencyKey: key,
              requestHash: hash,
              purpose: input.purpose,
              status,
              version: 1,
              goodsFen,
              confirmedFen: null,
              acceptedFen: null,
              acceptedPairedFen: null,
              refundedFen: 0,
              deliveryDate: input.deliveryDate,
              deliveryAddress: address.slice(0, 200),
              contactName: (canteen.contactName ?? input.buyerName).slice(0, 40),
              contactPhone: contactPhone.slice(0, 20),
              buyerNote: input.note?.trim() ? input.note.trim().slice(0, 500) : null,
              submittedAt: now,
              approvalRequired: needsApproval,
              confirmDeadline: needsApproval ? null : this.confirmDeadline(now),
              invoiceStatus: InvoiceStatus.NONE,
              paymentStatus: ProcurementPaymentStatus.UNPAID,
              createdAt: now,
              updatedAt: now,
            }),
          );
          for (const l of own) {
            await m.save(
              m.create(ProcurementOrderLine, {
                orderId: order.id,
                productId: l.sku.productId,
                skuId: l.sku.skuId,
                productName: l.sku.productName.slice(0, 100),
                spec: l.sku.spec,
                unit: l.sku.unit,
                originCountyCode: l.sku.originCountyCode,
                quantity: l.quantity,
                listPriceFen: l.priceFen,
                unitPriceFen: l.priceFen,
                lineFen: l.priceFen * l.quantity,
                receivedQty: null,
                acceptedFen: null,
                shortfallNote: null,
              }),
            );
          }
          await recordEvent(m, { orderId: order.id, type: ProcurementEventType.SUBMITTED, to: status, actor, at: now, note: needsApproval ? '提交审批' : '按单位审批规则无需审批，已发送供应商确认' });
          await this.audit.record(
            { actor, action: 'procurement.order.submitted', subjectType: SUBJECT, subjectId: order.id, summary: `提交采购订单 ${order.orderNo}，金额 ${goodsFen} 分`, after: { status, goodsFen }, agencyId: order.agencyId, supplierId },
            m,
          );
          created.push(order);
        }
        return created;
      });
    } catch (err) {
      // The same key raced us (the other request committed first): answer what it created.
      if (isUniqueViolation(err) || (err instanceof AppError && err.code === 'OUT_OF_STOCK')) {
        const raced = await this.replay(input.buyerUserId, key, hash);
        if (raced) return raced;
      }
      throw err;
    }
  }

  /** The confirmation deadline of an order sent to the supplier at `at`. */
  confirmDeadline(at: Date): Date {
    return new Date(at.getTime() + this.config.procurement.confirmHours * 3_600_000);
  }

  private async replay(buyerUserId: string, key: string, hash: string): Promise<ProcurementOrder[] | null> {
    const earlier = await this.orders.find({ where: { buyerUserId, idempotencyKey: key }, order: { supplierId: 'ASC' } });
    if (!earlier.length) return null;
    if (earlier.some((o) => o.requestHash !== hash)) {
      throw new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'IDEMPOTENCY_KEY_REUSED', '该 Idempotency-Key 已用于另一笔内容不同的采购请求', { orderIds: earlier.map((o) => o.id) });
    }
    return earlier;
  }

  private checkDeliveryDate(day: string, now: Date): void {
    if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day) || !isRealDate(day)) throw AppError.badRequest('INVALID_DELIVERY_DATE', '送达日期必须是 YYYY-MM-DD 格式的日期');
    const today = shanghaiDay(now);
    if (day <= today) throw AppError.badRequest('DELIVERY_DATE_TOO_EARLY', '送达日期最早为明天');
    if (day > addDays(today, MAX_DELIVERY_DAYS_AHEAD)) throw AppError.badRequest('DELIVERY_DATE_TOO_LATE', `送达日期最晚为 ${MAX_DELIVERY_DAYS_AHEAD} 天后`);
  }

  /** The canteen must be the agency's; a contractor's buyer may order only for their own canteen(s). */
  private async requireCanteen(agencyId: string, canteenId: string, buyerUserId: string): Promise<Canteen> {
    const canteen = /^[0-9a-f-]{36}$/i.test(canteenId ?? '') ? await this.canteens.findOneBy({ id: canteenId, agencyId }) : null;
    if (!canteen) throw AppError.badRequest('UNKNOWN_CANTEEN', '食堂不存在或不属于本单位');
    const contracted = await this.canteens.find({ select: { id: true }, where: { agencyId, contractorUserId: buyerUserId } });
    if (contracted.length && !contracted.some((c) => c.id === canteen.id)) throw AppError.forbidden('承包方采购员只能为其承包的食堂下单');
    return canteen;
  }

  /** Lines at the shop's (or the agreement's) price; refuses SKUs not on sale and quantities below the agency minimum. */
  private async price(input: SubmitLine[]): Promise<PricedLine[]> {
    if (!Array.isArray(input) || !input.length) throw AppError.badRequest('NO_LINES', '采购单至少要有一个商品');
    const wanted = new Map<string, { quantity: number; agreedPriceFen?: number }>();
    for (const l of input) {
      const id = String(l.skuId ?? '').toLowerCase();
      if (!Number.isInteger(l.quantity) || l.quantity < 1) throw AppError.badRequest('INVALID_QUANTITY', '数量必须是正整数');
      if (l.agreedPriceFen !== undefined && (!Number.isSafeInteger(l.agreedPriceFen) || l.agreedPriceFen < 1)) throw AppError.badRequest('INVALID_PRICE', '协议价必须是正整数（分）');
      const prev = wanted.get(id);
      wanted.set(id, { quantity: (prev?.quantity ?? 0) + l.quantity, agreedPriceFen: prev?.agreedPriceFen ?? l.agreedPriceFen });
    }
    const skus = await this.stock.forSale([...wanted.keys()].filter((id) => /^[0-9a-f-]{36}$/.test(id)));
    const visible = await this.listings.visibleAmong([...new Set([...skus.values()].map((s) => s.productId))]);
    const problems: { skuId: string; reason: string }[] = [];
    const lines: PricedLine[] = [];
    for (const [skuId, w] of wanted) {
      const sku = skus.get(skuId);
      if (!sku || !visible.has(sku.productId)) problems.push({ skuId, reason: '商品不存在或已下架' });
      else if (!sku.enabled) problems.push({ skuId, reason: '该规格已停售' });
      else if (w.quantity > MAX_PROCUREMENT_QTY) problems.push({ skuId, reason: `同一规格每单最多采购 ${MAX_PROCUREMENT_QTY}` });
      else if (w.quantity < sku.agencyMinQty) {
        throw AppError.badRequest('BELOW_AGENCY_MINIMUM', `「${sku.productName} ${sku.spec}」单位采购起订量为 ${sku.agencyMinQty}${sku.unit}`, {
          skuId,
          productName: sku.productName,
          minimum: sku.agencyMinQty,
          requested: w.quantity,
        });
      } else lines.push({ sku, quantity: w.quantity, priceFen: w.agreedPriceFen ?? sku.priceFen });
    }
    if (problems.length) throw new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'SKU_UNAVAILABLE', '部分商品当前不可采购', problems);
    return lines;
  }
}

/** sha256 of the request in a canonical form (what identifies "the same body"). */
export function requestHash(input: SubmitProcurementOrder): string {
  const lines = [...(input.lines ?? [])].map((l) => [String(l.skuId).toLowerCase(), l.quantity, l.agreedPriceFen ?? null]).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const canonical = JSON.stringify({
    agencyId: input.agencyId,
    canteenId: String(input.canteenId).toLowerCase(),
    purpose: input.purpose,
    deliveryDate: input.deliveryDate,
    note: input.note?.trim() || null,
    lines,
    agreementId: input.agreementId ?? null,
    standingOrderId: input.standingOrderId ?? null,
  });
  return createHash('sha256').update(canonical).digest('hex');
}
