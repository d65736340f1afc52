/**
 * The demo's sales history: about 14 months of citizens' orders and of the demo agencies'
 * procurement, so the operators' console (dashboard, seasonal view, results) and each agency's
 * quota trend show a plausible year instead of zeros. What it contains is decided beforehand by
 * demo-history.plan.ts; this carries the plan out.
 *
 * How it works, and why:
 *  1. Every record is made by the services the API uses, as the people involved would make it:
 *     checkout, payment (a signed notification into the payments context, exactly what the local
 *     Alipay sandbox sends — the ledger, sold counts and events follow from it), shipping and
 *     receipt; procurement submission → approval → supplier confirmation → shipping → acceptance →
 *     invoice → bank transfer; a cancellation, a declined request, a return. So the history obeys
 *     every rule the flows enforce, and it changes with them.
 *  2. Those services date what they do "now". Where one takes the instant as a parameter it gets the
 *     intended one (procurement submission and acceptance; the payment's gmt_payment, from which the
 *     paid time and the ledger's business day follow). Afterwards the seeder moves the other dates of
 *     the records it made back to their intended moments with plain UPDATEs: timestamps, deadlines,
 *     order events, shipments, ledger entries, payments, invoices, coupons, the new citizens'
 *     accounts, and the customer orders' numbers (which carry their business day). Audit lines stay
 *     dated at seeding: the audit log is append-only and the database refuses to change it.
 *     Contracts are left to their first download, which makes them from the back-dated order.
 *  3. Finally SalesFactsService.rebuild() recomputes the sales facts and rollups from the order
 *     tables, so the reports equal the back-dated orders exactly.
 *
 * It runs once the application has started (onApplicationBootstrap), not with the rest of the demo:
 * the orders' and procurement's reactions to a payment, and the reports' listeners, register in
 * onModuleInit, which Nest runs after the database is prepared. It runs only in the process that
 * has just loaded the demo, and not at all with SEED_DEMO_HISTORY off. With a real Alipay app
 * configured it keeps to procurement (citizens' payments can't be made up there).
 *
 * What the history must not disturb: the stock the e2e journeys buy (taken stock is put back),
 * the demo citizen 13800000005 and her union coupon (the history's buyers are new accounts
 * 1390000xxxx who claim coupons of their own), and the demo accounts' queues (every history order
 * is finished: received, accepted and paid, cancelled or declined).
 */
import { randomInt } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { DataSource, In } from 'typeorm';
import { Product } from '../catalog/product.entity';
import { Sku } from '../catalog/sku.entity';
import { todayInShanghai } from '../common/validators';
import { FileRecord } from '../files/file-record.entity';
import { FilesService } from '../files/files.service';
import { Principal } from '../identity/principal';
import { Role } from '../identity/role';
import { User } from '../identity/user.entity';
import { toPrincipal, UsersService } from '../identity/users.service';
import { CheckoutService } from '../orders/checkout.service';
import { CustomerOrder } from '../orders/customer-order.entity';
import { Fulfilment } from '../orders/fulfilment.service';
import { LedgerEntry } from '../orders/ledger-entry.entity';
import { OrderEvent, OrderEventType } from '../orders/order-event.entity';
import { OrderItem } from '../orders/order-item.entity';
import { OrderLifecycle } from '../orders/order-lifecycle.service';
import { newOrderNo } from '../orders/order-no';
import { OrderPayments } from '../orders/order-payments.service';
import { OrderStatus } from '../orders/order-status';
import { buyer } from '../orders/order-transitions';
import { Shipment } from '../orders/shipment.entity';
import { SupplierOrder } from '../orders/supplier-order.entity';
import { SANDBOX_KEYS } from '../payments/alipay-settings';
import { fenToYuan } from '../payments/money';
import { Payment } from '../payments/payment.entity';
import { newOutTradeNo, PaymentsService } from '../payments/payments.service';
import { SANDBOX_APP_ID, SANDBOX_SELLER_ID, SandboxKeys } from '../payments/sandbox/sandbox-keys';
import { alipayTime, signNotification } from '../payments/sandbox/signing';
import { Agency } from '../procurement/agency.entity';
import { Canteen } from '../procurement/canteen.entity';
import { OrderAcceptance } from '../procurement/orders/order-acceptance.service';
import { OrderApproval } from '../procurement/orders/order-approval.service';
import { OrderInvoices } from '../procurement/orders/order-invoices.service';
import { OrderRefunds } from '../procurement/orders/order-refunds.service';
import { OrderSubmission } from '../procurement/orders/order-submission.service';
import { ProcurementAcceptance } from '../procurement/orders/procurement-acceptance.entity';
import { ProcurementInvoice } from '../procurement/orders/procurement-invoice.entity';
import { ProcurementEventType, ProcurementOrderEvent } from '../procurement/orders/procurement-order-event.entity';
import { ProcurementOrderLine } from '../procurement/orders/procurement-order-line.entity';
import { ProcurementOrderStatus, ProcurementPurpose } from '../procurement/orders/procurement-order-status';
import { ProcurementOrder } from '../procurement/orders/procurement-order.entity';
import { ProcurementPayments } from '../procurement/orders/procurement-payments.service';
import { ProcurementRefund } from '../procurement/orders/procurement-refund.entity';
import { SupplierConfirmation } from '../procurement/orders/supplier-confirmation.service';
import { Coupon } from '../promotions/coupon.entity';
import { CouponCampaign } from '../promotions/campaign.entity';
import { CouponsService } from '../promotions/coupons.service';
import { SalesFactsService } from '../reports/sales-facts.service';
import { DEMO_COOPS } from './demo-catalog.data';
import {
  beijing,
  CancelledCitizenOrderPlan,
  CitizenOrderPlan,
  DEMO_HISTORY_CITIZENS,
  DeclinedProcurementPlan,
  HistoryAgency,
  HistoryLine,
  HistoryPlan,
  planHistory,
  ProcurementPlan,
} from './demo-history.plan';
import { DEMO_CLAIM_CODE } from './demo-promotions.seeder';
import { placeholderPdf } from './placeholder-png';

interface AgencyActors {
  agencyId: string;
  canteenId: string;
  buyer: Principal;
  /** Both agencies approve every order (the default rule): 福田 by 张慧敏, 南山 by 林婉清. */
  approver: Principal;
}

interface Made<P> {
  plan: P;
  orderId: string;
}

export interface HistorySummary {
  from: string;
  to: string;
  citizenOrders: number;
  citizenOrdersWithCoupon: number;
  citizenPaidFen: number;
  citizenGoodsFen: number;
  cancelledOrders: number;
  procurementOrders: number;
  procurementAcceptedFen: number;
  procurementRefundedFen: number;
  declinedOrders: number;
  facts: number;
  tookMs: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
/** The Beijing day of an instant (UTC+8 all year); cheaper than a formatter per call, and the seeder asks often. */
const shanghaiDay = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
const digits = (n: number) => Array.from({ length: n }, () => randomInt(0, 10)).join('');

@Injectable()
export class DemoHistorySeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoHistorySeeder.name);
  /** Set by DemoDataSeeder when it has just loaded the demo: the history's citizens get the demo password. */
  private due: { password: string } | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly moduleRef: ModuleRef,
    private readonly users: UsersService,
    private readonly files: FilesService,
    private readonly coupons: CouponsService,
    private readonly payments: PaymentsService,
    @Inject(SANDBOX_KEYS) private readonly sandboxKeys: SandboxKeys | null,
    private readonly facts: SalesFactsService,
  ) {}

  /** DemoDataSeeder has just loaded the demo into this database: add its history once the app is up. */
  loadOnStart(password: string): void {
    this.due = { password };
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.due) return;
    const { password } = this.due;
    this.due = null;
    await this.seed(password);
  }

  /**
   * The flows' own services are what the API controllers call; their modules export only what other
   * contexts need, and widening those exports for demo data would invite other contexts to use
   * them. The seeder plays every role, so it looks them up where they live (as Metrics does the
   * search engine).
   */
  private service<T>(type: new (...args: never[]) => T): T {
    return this.moduleRef.get(type, { strict: false });
  }

  async seed(password: string, today = todayInShanghai()): Promise<HistorySummary> {
    const started = Date.now();
    const campaign = await this.ds.getRepository(CouponCampaign).findOneBy({ claimCode: DEMO_CLAIM_CODE });
    const plan = planHistory(today, campaign ? { validFrom: campaign.validFrom, minSpendFen: Number(campaign.minSpendFen) } : null);
    const skus = await this.skuIds();
    const stock = await this.setAsideStock(plan, skus);

    const citizens = await this.createCitizens(password);
    const agencies = await this.agencyActors();
    const staff = await this.coopStaff();

    const cancelled: Made<CancelledCitizenOrderPlan>[] = [];
    const paid: Made<CitizenOrderPlan>[] = [];
    if (this.sandboxKeys) {
      for (const c of plan.cancelled) cancelled.push({ plan: c, orderId: await this.cancelledOrder(c, citizens, skus) });
      for (const c of plan.citizens) paid.push({ plan: c, orderId: await this.citizenOrder(c, citizens, skus, staff) });
    } else {
      // Citizens pay through Alipay; with a real Alipay app configured their payments can't be made
      // up, so the history keeps to procurement (paid by bank transfer, recorded offline).
      this.logger.warn('demo history without citizens\' orders: they are paid through the local Alipay sandbox, and an Alipay app is configured');
    }
    const declined: Made<DeclinedProcurementPlan>[] = [];
    for (const d of plan.declined) declined.push({ plan: d, orderId: await this.declinedProcurement(d, agencies, staff, skus) });
    const accepted: Made<ProcurementPlan>[] = [];
    for (const p of plan.procurement) accepted.push({ plan: p, orderId: await this.procurementOrder(p, agencies, staff, skus) });

    await this.backdateCitizens(plan, citizens);
    for (const m of cancelled) await this.backdateCancelled(m);
    for (const m of paid) await this.backdateCitizenOrder(m);
    for (const m of declined) await this.backdateDeclined(m);
    for (const m of accepted) await this.backdateProcurement(m);
    await this.restoreStock(stock);
    const { facts } = await this.facts.rebuild();

    const summary = await this.summarise(plan, paid, cancelled, accepted, declined, facts, Date.now() - started);
    this.logger.log(
      `demo history ${summary.from} – ${summary.to}: ${summary.citizenOrders} paid citizen orders (${summary.citizenOrdersWithCoupon} with a union coupon, ¥${summary.citizenPaidFen / 100} paid), ` +
        `${summary.cancelledOrders} cancelled; ${summary.procurementOrders} accepted procurement orders (¥${summary.procurementAcceptedFen / 100}, ¥${summary.procurementRefundedFen / 100} refunded), ` +
        `${summary.declinedOrders} declined; ${facts} sales facts; ${summary.tookMs} ms`,
    );
    return summary;
  }

  // ---- actors and goods -------------------------------------------------------------------

  /** Product name + spec → SKU id of the demo catalog. */
  private async skuIds(): Promise<Map<string, string>> {
    const names = DEMO_COOPS.flatMap((c) => c.products.map((p) => p.name));
    const products = await this.ds.getRepository(Product).findBy({ name: In(names) });
    const skus = await this.ds.getRepository(Sku).findBy({ productId: In(products.map((p) => p.id)) });
    const nameOf = new Map(products.map((p) => [p.id, p.name]));
    return new Map(skus.map((s) => [`${nameOf.get(s.productId)}|${s.spec}`, s.id]));
  }

  private skuId(skus: Map<string, string>, l: { product: string; spec: string }): string {
    const id = skus.get(`${l.product}|${l.spec}`);
    if (!id) throw new Error(`demo history: the demo catalog has no SKU ${l.product} ${l.spec}`);
    return id;
  }

  /**
   * The history's goods come out of stock that is put back afterwards, so the shop (and the e2e
   * journeys) find the demo's stock exactly as the catalog seeder left it. Topping up first means a
   * history can never run a SKU out while it is being made.
   */
  private async setAsideStock(plan: HistoryPlan, skus: Map<string, string>): Promise<Map<string, number>> {
    const need = new Map<string, number>();
    const lines: HistoryLine[] = [...plan.citizens, ...plan.cancelled, ...plan.procurement, ...plan.declined].flatMap((o) => o.lines);
    for (const l of lines) need.set(this.skuId(skus, l), (need.get(this.skuId(skus, l)) ?? 0) + l.quantity);
    const rows = await this.ds.getRepository(Sku).find({ select: { id: true, stock: true }, where: { id: In([...need.keys()]) } });
    for (const [id, n] of need) await this.ds.getRepository(Sku).increment({ id }, 'stock', n);
    return new Map(rows.map((r) => [r.id, r.stock]));
  }

  private async restoreStock(stock: Map<string, number>): Promise<void> {
    for (const [id, n] of stock) await this.ds.getRepository(Sku).update({ id }, { stock: n });
  }

  /**
   * The history's citizens. They share the demo password, so one Argon2 hash serves them all (each
   * hash costs tens of milliseconds, on purpose).
   */
  private async createCitizens(password: string): Promise<Principal[]> {
    const [first, ...rest] = DEMO_HISTORY_CITIZENS;
    const template = await this.users.prepare({ phone: first.phone, name: first.name, password, roles: [Role.CITIZEN] });
    const out = [toPrincipal(await this.users.insert(template))];
    for (const c of rest) {
      const user = this.ds.getRepository(User).create({ phone: c.phone, name: c.name, passwordHash: template.passwordHash, roles: template.roles, agencyId: null, supplierId: null, status: template.status });
      out.push(toPrincipal(await this.users.insert(user)));
    }
    return out;
  }

  private async agencyActors(): Promise<Record<HistoryAgency, AgencyActors>> {
    const actors = async (name: string, buyerPhone: string, approverPhone: string): Promise<AgencyActors> => {
      const agency = await this.ds.getRepository(Agency).findOneByOrFail({ name });
      const canteen = await this.ds.getRepository(Canteen).findOneOrFail({ where: { agencyId: agency.id }, order: { createdAt: 'ASC' } });
      const person = async (phone: string) => toPrincipal((await this.users.findByPhone(phone))!);
      return { agencyId: agency.id, canteenId: canteen.id, buyer: await person(buyerPhone), approver: await person(approverPhone) };
    };
    return {
      FUTIAN: await actors('深圳市福田区机关事务管理局', '13800000003', '13800000004'),
      NANSHAN: await actors('深圳市南山区教育局', '13800000012', '13800000013'),
    };
  }

  /** Each co-op's staff account, by co-op key and by supplier id. */
  private async coopStaff(): Promise<Map<string, Principal>> {
    const out = new Map<string, Principal>();
    for (const c of DEMO_COOPS) {
      const p = toPrincipal((await this.users.findByPhone(c.staff.phone))!);
      out.set(c.key, p);
      out.set(p.supplierId!, p);
    }
    return out;
  }

  // ---- citizens' orders ---------------------------------------------------------------------

  private checkout(me: Principal, plan: { ref: string; citizen: number; lines: HistoryLine[] }, skus: Map<string, string>, couponCode?: string) {
    const c = DEMO_HISTORY_CITIZENS[plan.citizen];
    return this.service(CheckoutService).checkout(me, plan.ref, {
      items: plan.lines.map((l) => ({ skuId: this.skuId(skus, l), quantity: l.quantity })),
      address: { name: c.name, phone: c.phone, region: c.region, detail: c.detail },
      ...(couponCode ? { couponCode } : {}),
    });
  }

  private async cancelledOrder(plan: CancelledCitizenOrderPlan, citizens: Principal[], skus: Map<string, string>): Promise<string> {
    const me = citizens[plan.citizen];
    const order = await this.checkout(me, plan, skus);
    await this.service(OrderLifecycle).cancel(me.id, order.id, buyer(me.id), plan.reason);
    return order.id;
  }

  private async citizenOrder(plan: CitizenOrderPlan, citizens: Principal[], skus: Map<string, string>, staff: Map<string, Principal>): Promise<string> {
    const me = citizens[plan.citizen];
    const coupon = plan.withUnionCoupon ? await this.coupons.claim(me.id, DEMO_CLAIM_CODE) : null;
    const order = await this.checkout(me, plan, skus, coupon?.code);
    await this.pay(me, order.id, order.payableFen, plan);
    const fulfilment = this.service(Fulfilment);
    for (const part of await this.ds.getRepository(SupplierOrder).find({ where: { orderId: order.id }, order: { subOrderNo: 'ASC' } })) {
      const carrier = part.supplierId === staff.get('bama')!.supplierId ? '顺丰冷运' : '中通快递';
      await fulfilment.ship(part.supplierId, staff.get(part.supplierId)!.id, part.id, { carrier, trackingNo: `${carrier === '顺丰冷运' ? 'SF' : 'ZT'}${digits(13)}` });
    }
    await fulfilment.confirmReceipt(me.id, order.id, {});
    return order.id;
  }

  /**
   * Pays as the buyer does: the pay endpoint's service starts the attempt, and the payments context
   * records Alipay's asynchronous notification — signed with the sandbox's keys, exactly as the local
   * sandbox sends it when its cashier is paid, with gmt_payment at the intended moment.
   */
  private async pay(me: Principal, orderId: string, payableFen: number, plan: CitizenOrderPlan): Promise<void> {
    const { outTradeNo } = await this.service(OrderPayments).pay(me.id, orderId, 'wap');
    const total = fenToYuan(payableFen);
    const day = shanghaiDay(plan.paidAt).replace(/-/g, '');
    const notification = signNotification(
      {
        notify_time: alipayTime(plan.paidAt),
        notify_type: 'trade_status_sync',
        notify_id: digits(32),
        charset: 'utf-8',
        version: '1.0',
        app_id: SANDBOX_APP_ID,
        auth_app_id: SANDBOX_APP_ID,
        seller_id: SANDBOX_SELLER_ID,
        out_trade_no: outTradeNo,
        trade_no: `${day}2200${digits(16)}`,
        trade_status: 'TRADE_SUCCESS',
        total_amount: total,
        receipt_amount: total,
        buyer_pay_amount: total,
        invoice_amount: total,
        buyer_id: `2088${digits(12)}`,
        buyer_logon_id: 'dem***@example.com',
        subject: '帮扶集市订单',
        gmt_create: alipayTime(new Date(plan.placedAt.getTime() + MINUTE)),
        gmt_payment: alipayTime(plan.paidAt),
        fund_bill_list: JSON.stringify([{ amount: total, fundChannel: 'ALIPAYACCOUNT' }]),
      },
      this.sandboxKeys!.alipayPrivateKey,
    );
    if ((await this.payments.handleAlipayNotification(notification)) !== 'success') throw new Error(`demo history: the payment of ${plan.ref} was not recorded`);
    const order = await this.ds.getRepository(CustomerOrder).findOneByOrFail({ id: orderId });
    if (order.status !== OrderStatus.PAID) throw new Error(`demo history: ${plan.ref} is ${order.status} after its payment`);
  }

  // ---- procurement --------------------------------------------------------------------------

  /**
   * Submission takes the instant it happens at (agreement orders pass theirs too), so the
   * order is numbered, dated and checked for its delivery day as of then. Approval does not: it
   * happens now, which sets the supplier's confirmation deadline from now, so the supplier can
   * confirm at once; both agencies approve every order (the default rule), so every history order is
   * approved.
   */
  private async submitAndApprove(plan: { ref: string; lines: HistoryLine[]; submittedAt: Date; deliveryDate: string; purpose?: ProcurementPurpose; note?: string }, a: AgencyActors, skus: Map<string, string>): Promise<ProcurementOrder> {
    const orders = await this.service(OrderSubmission).submit(
      {
        agencyId: a.agencyId,
        canteenId: a.canteenId,
        buyerUserId: a.buyer.id,
        buyerName: a.buyer.name,
        purpose: plan.purpose ?? ProcurementPurpose.CANTEEN,
        deliveryDate: plan.deliveryDate,
        note: plan.note ?? null,
        idempotencyKey: plan.ref,
        lines: plan.lines.map((l) => ({ skuId: this.skuId(skus, l), quantity: l.quantity })),
      },
      plan.submittedAt,
    );
    if (orders.length !== 1) throw new Error(`demo history: ${plan.ref} made ${orders.length} orders`);
    const [order] = orders;
    if (order.status !== ProcurementOrderStatus.PENDING_APPROVAL) throw new Error(`demo history: ${plan.ref} is ${order.status}, not waiting for approval`);
    await this.service(OrderApproval).approve(a.approver, order.id, '同意，按预算执行');
    return order;
  }

  private async declinedProcurement(plan: DeclinedProcurementPlan, agencies: Record<HistoryAgency, AgencyActors>, staff: Map<string, Principal>, skus: Map<string, string>): Promise<string> {
    const a = agencies[plan.agency];
    const order = await this.submitAndApprove(plan, a, skus);
    const s = staff.get(plan.coop)!;
    await this.service(SupplierConfirmation).decline(s, s.supplierId!, order.id, plan.reason);
    return order.id;
  }

  private async procurementOrder(plan: ProcurementPlan, agencies: Record<HistoryAgency, AgencyActors>, staff: Map<string, Principal>, skus: Map<string, string>): Promise<string> {
    const a = agencies[plan.agency];
    const order = await this.submitAndApprove(plan, a, skus);
    const s = staff.get(plan.coop)!;
    const supplierId = s.supplierId!;
    const lines = await this.ds.getRepository(ProcurementOrderLine).findBy({ orderId: order.id });
    const first = lines.find((l) => l.skuId === this.skuId(skus, plan.lines[0]))!;
    const confirmation = this.service(SupplierConfirmation);
    const changes = plan.confirmedUnitPriceFen ? [{ lineId: first.id, unitPriceFen: plan.confirmedUnitPriceFen }] : [];
    await confirmation.confirm(s, supplierId, order.id, changes, { deferContract: true });
    await confirmation.ship(s, supplierId, order.id, { carrier: '顺丰冷运', trackingNo: `SF${digits(13)}` });
    const received = lines.map((l) => ({ lineId: l.id, receivedQty: l.id === first.id ? l.quantity - plan.shortfall : l.quantity }));
    await this.service(OrderAcceptance).accept(a.buyer, order.id, { lines: received, note: plan.shortfall ? '其余到货完好' : '到货完好，数量相符' }, plan.acceptedAt);

    const fresh = () => this.ds.getRepository(ProcurementOrder).findOneByOrFail({ id: order.id });
    let o = await fresh();
    const invoiceNo = `${shanghaiDay(plan.invoicedAt).slice(0, 4)}4${digits(15)}`; // 20 digits, as 数电票 numbers are
    const pdf = placeholderPdf(`电子发票 ${invoiceNo}`);
    const file = await this.files.upload({ buffer: pdf, originalname: `发票-${invoiceNo}.pdf`, size: pdf.length }, s);
    const invoices = this.service(OrderInvoices);
    await invoices.submit(s, supplierId, order.id, { invoiceNo, amountFen: (o.acceptedFen ?? 0) - o.refundedFen, fileId: file.id });
    await invoices.verify(a.buyer, order.id);
    const payments = this.service(ProcurementPayments);
    await payments.declareTransfer(a.buyer, order.id, { reference: `${shanghaiDay(plan.transferDeclaredAt).replace(/-/g, '')}${digits(10)}`, paidOn: shanghaiDay(plan.transferDeclaredAt) });
    await payments.confirmTransfer(s, await fresh());
    o = await fresh();
    if (o.status !== ProcurementOrderStatus.COMPLETED) throw new Error(`demo history: ${plan.ref} ended ${o.status}`);
    if (plan.refund) {
      const unit = (await this.ds.getRepository(ProcurementOrderLine).findOneByOrFail({ id: first.id })).unitPriceFen;
      await this.service(OrderRefunds).refund(s, o, { amountFen: unit * plan.refund.units, reason: plan.refund.reason, reference: `${shanghaiDay(plan.refund.at).replace(/-/g, '')}${digits(10)}` });
    }
    return order.id;
  }

  // ---- moving the dates back --------------------------------------------------------------

  /** Each citizen registered a few days before their first order. */
  private async backdateCitizens(plan: HistoryPlan, citizens: Principal[]): Promise<void> {
    for (const [i, p] of citizens.entries()) {
      const orders = [...plan.citizens, ...plan.cancelled].filter((o) => o.citizen === i).map((o) => o.placedAt.getTime());
      // Registered a few days before the first order (or when the history begins, if they never ordered).
      const at = new Date((orders.length ? Math.min(...orders) : beijing(plan.from, 20).getTime()) - 5 * 86_400_000);
      await this.ds.getRepository(User).update({ id: p.id }, { createdAt: at, updatedAt: at });
    }
  }

  /** A new order number for the intended business day, on the order, its parts and its payments. */
  private async renumberCustomerOrder(orderId: string, placedAt: Date): Promise<string> {
    const orderNo = newOrderNo(placedAt);
    await this.ds.getRepository(CustomerOrder).update({ id: orderId }, { orderNo });
    for (const part of await this.ds.getRepository(SupplierOrder).findBy({ orderId })) {
      await this.ds.getRepository(SupplierOrder).update({ id: part.id }, { subOrderNo: `${orderNo}-${part.subOrderNo.split('-').pop()}` });
    }
    await this.ds.getRepository(Payment).update({ orderId }, { orderNo });
    return orderNo;
  }

  private async eventsAt(orderId: string, at: Partial<Record<OrderEventType, Date>>, statusChangedTo: Partial<Record<OrderStatus, Date>> = {}): Promise<void> {
    const repo = this.ds.getRepository(OrderEvent);
    for (const [type, t] of Object.entries(at)) if (type !== OrderEventType.STATUS_CHANGED) await repo.update({ orderId, type: type as OrderEventType }, { createdAt: t, updatedAt: t });
    for (const [to, t] of Object.entries(statusChangedTo)) await repo.update({ orderId, type: OrderEventType.STATUS_CHANGED, toStatus: to }, { createdAt: t, updatedAt: t });
  }

  private async backdateCancelled({ plan, orderId }: Made<CancelledCitizenOrderPlan>): Promise<void> {
    const order = await this.ds.getRepository(CustomerOrder).findOneByOrFail({ id: orderId });
    await this.renumberCustomerOrder(orderId, plan.placedAt);
    const expiresAt = new Date(plan.placedAt.getTime() + (order.expiresAt.getTime() - order.createdAt.getTime()));
    await this.ds.getRepository(CustomerOrder).update({ id: orderId }, { createdAt: plan.placedAt, updatedAt: plan.cancelledAt, expiresAt, cancelledAt: plan.cancelledAt });
    await this.ds.getRepository(SupplierOrder).update({ orderId }, { createdAt: plan.placedAt, updatedAt: plan.cancelledAt });
    await this.ds.getRepository(OrderItem).update({ orderId }, { createdAt: plan.placedAt, updatedAt: plan.placedAt });
    await this.eventsAt(orderId, { [OrderEventType.CREATED]: plan.placedAt, [OrderEventType.CANCELLED]: plan.cancelledAt });
  }

  private async backdateCitizenOrder({ plan, orderId }: Made<CitizenOrderPlan>): Promise<void> {
    const order = await this.ds.getRepository(CustomerOrder).findOneByOrFail({ id: orderId });
    if (order.paidAt?.getTime() !== plan.paidAt.getTime()) throw new Error(`demo history: ${plan.ref} was paid at ${order.paidAt?.toISOString()}, not ${plan.paidAt.toISOString()}`);
    await this.renumberCustomerOrder(orderId, plan.placedAt);
    const attemptAt = new Date(plan.placedAt.getTime() + MINUTE);
    const outTradeNo = newOutTradeNo(attemptAt);
    await this.ds.getRepository(Payment).update({ orderId }, { outTradeNo, createdAt: attemptAt, updatedAt: plan.paidAt, handledAt: plan.paidAt });
    const expiresAt = new Date(plan.placedAt.getTime() + (order.expiresAt.getTime() - order.createdAt.getTime()));
    await this.ds.getRepository(CustomerOrder).update({ id: orderId }, { outTradeNo, createdAt: plan.placedAt, updatedAt: plan.receivedAt, expiresAt });
    for (const part of await this.ds.getRepository(SupplierOrder).findBy({ orderId })) {
      const autoConfirmAt = new Date(plan.shippedAt.getTime() + (part.autoConfirmAt!.getTime() - part.shippedAt!.getTime()));
      await this.ds.getRepository(SupplierOrder).update({ id: part.id }, { createdAt: plan.placedAt, updatedAt: plan.receivedAt, shippedAt: plan.shippedAt, autoConfirmAt, completedAt: plan.receivedAt });
    }
    await this.ds.getRepository(OrderItem).update({ orderId }, { createdAt: plan.placedAt, updatedAt: plan.shippedAt });
    await this.ds.getRepository(Shipment).update({ orderId }, { createdAt: plan.shippedAt, updatedAt: plan.shippedAt });
    await this.ds.getRepository(LedgerEntry).update({ orderId }, { createdAt: plan.paidAt, updatedAt: plan.paidAt });
    await this.eventsAt(
      orderId,
      { [OrderEventType.CREATED]: plan.placedAt, [OrderEventType.PAID]: plan.paidAt, [OrderEventType.SHIPPED]: plan.shippedAt, [OrderEventType.RECEIVED]: plan.receivedAt },
      { [OrderStatus.PARTIALLY_SHIPPED]: plan.shippedAt, [OrderStatus.SHIPPED]: plan.shippedAt, [OrderStatus.COMPLETED]: plan.receivedAt },
    );
    if (order.couponId) {
      // Claimed the evening before it was used (the campaign had begun by then: see the plan).
      const claimedAt = new Date(plan.placedAt.getTime() - 20 * 3_600_000);
      await this.ds.getRepository(Coupon).update({ id: order.couponId }, { createdAt: claimedAt, updatedAt: plan.placedAt, usedAt: plan.placedAt });
    }
  }

  private async procurementEventsAt(orderId: string, at: Partial<Record<ProcurementEventType, Date>>): Promise<void> {
    for (const [type, t] of Object.entries(at)) await this.ds.getRepository(ProcurementOrderEvent).update({ orderId, type: type as ProcurementEventType }, { at: t, createdAt: t, updatedAt: t });
  }

  /** The confirmation deadline keeps its distance from the approval that sent the order to the supplier. */
  private deadline(order: ProcurementOrder, approvedAt: Date): Date {
    return new Date(approvedAt.getTime() + (order.confirmDeadline!.getTime() - order.approvedAt!.getTime()));
  }

  private async backdateDeclined({ plan, orderId }: Made<DeclinedProcurementPlan>): Promise<void> {
    const order = await this.ds.getRepository(ProcurementOrder).findOneByOrFail({ id: orderId });
    await this.ds.getRepository(ProcurementOrder).update(
      { id: orderId },
      { updatedAt: plan.declinedAt, approvedAt: plan.approvedAt, confirmDeadline: this.deadline(order, plan.approvedAt), cancelledAt: plan.declinedAt },
    );
    await this.ds.getRepository(ProcurementOrderLine).update({ orderId }, { createdAt: plan.submittedAt, updatedAt: plan.submittedAt });
    await this.procurementEventsAt(orderId, { [ProcurementEventType.SUBMITTED]: plan.submittedAt, [ProcurementEventType.APPROVED]: plan.approvedAt, [ProcurementEventType.DECLINED]: plan.declinedAt });
  }

  private async backdateProcurement({ plan, orderId }: Made<ProcurementPlan>): Promise<void> {
    const order = await this.ds.getRepository(ProcurementOrder).findOneByOrFail({ id: orderId });
    if (order.acceptedOn !== shanghaiDay(plan.acceptedAt)) throw new Error(`demo history: ${plan.ref} was accepted on ${order.acceptedOn}`);
    await this.ds.getRepository(ProcurementOrder).update(
      { id: orderId },
      {
        updatedAt: plan.refund?.at ?? plan.transferConfirmedAt,
        approvedAt: plan.approvedAt,
        confirmDeadline: this.deadline(order, plan.approvedAt),
        confirmedAt: plan.confirmedAt,
        shippedAt: plan.shippedAt,
        paidAt: plan.transferConfirmedAt,
      },
    );
    await this.ds.getRepository(ProcurementOrderLine).update({ orderId }, { createdAt: plan.submittedAt, updatedAt: plan.acceptedAt });
    await this.ds.getRepository(ProcurementAcceptance).update({ orderId }, { createdAt: plan.acceptedAt, updatedAt: plan.acceptedAt });
    for (const inv of await this.ds.getRepository(ProcurementInvoice).findBy({ orderId })) {
      await this.ds.getRepository(ProcurementInvoice).update({ id: inv.id }, { createdAt: plan.invoicedAt, updatedAt: plan.invoiceVerifiedAt, decidedAt: plan.invoiceVerifiedAt });
      await this.ds.getRepository(FileRecord).update({ id: inv.fileId }, { createdAt: plan.invoicedAt, updatedAt: plan.invoicedAt });
    }
    if (plan.refund) await this.ds.getRepository(ProcurementRefund).update({ orderId }, { createdAt: plan.refund.at, updatedAt: plan.refund.at });
    await this.procurementEventsAt(orderId, {
      [ProcurementEventType.SUBMITTED]: plan.submittedAt,
      [ProcurementEventType.APPROVED]: plan.approvedAt,
      [ProcurementEventType.CONFIRMED]: plan.confirmedAt,
      [ProcurementEventType.SHIPPED]: plan.shippedAt,
      [ProcurementEventType.ACCEPTED]: plan.acceptedAt,
      [ProcurementEventType.INVOICE_SUBMITTED]: plan.invoicedAt,
      [ProcurementEventType.INVOICE_VERIFIED]: plan.invoiceVerifiedAt,
      [ProcurementEventType.TRANSFER_DECLARED]: plan.transferDeclaredAt,
      [ProcurementEventType.PAID]: plan.transferConfirmedAt,
      // Completed by the transfer's confirmation, a moment after it.
      [ProcurementEventType.COMPLETED]: new Date(plan.transferConfirmedAt.getTime() + SECOND),
      ...(plan.refund ? { [ProcurementEventType.REFUNDED]: plan.refund.at } : {}),
    });
  }

  private async summarise(
    plan: HistoryPlan,
    paid: Made<CitizenOrderPlan>[],
    cancelled: Made<CancelledCitizenOrderPlan>[],
    accepted: Made<ProcurementPlan>[],
    declined: Made<DeclinedProcurementPlan>[],
    facts: number,
    tookMs: number,
  ): Promise<HistorySummary> {
    const orders = paid.length ? await this.ds.getRepository(CustomerOrder).findBy({ id: In(paid.map((m) => m.orderId)) }) : [];
    const procurement = accepted.length ? await this.ds.getRepository(ProcurementOrder).findBy({ id: In(accepted.map((m) => m.orderId)) }) : [];
    return {
      from: plan.from,
      to: plan.to,
      citizenOrders: orders.length,
      citizenOrdersWithCoupon: orders.filter((o) => o.couponId).length,
      citizenPaidFen: orders.reduce((a, o) => a + Number(o.payableFen), 0),
      citizenGoodsFen: orders.reduce((a, o) => a + Number(o.totalFen), 0),
      cancelledOrders: cancelled.length,
      procurementOrders: procurement.length,
      procurementAcceptedFen: procurement.reduce((a, o) => a + Number(o.acceptedFen ?? 0), 0),
      procurementRefundedFen: procurement.reduce((a, o) => a + Number(o.refundedFen), 0),
      declinedOrders: declined.length,
      facts,
      tookMs,
    };
  }
}

