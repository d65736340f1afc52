import { ProductCategory } from '../catalog/product.entity';
import { ProcurementPurpose } from '../procurement/orders/procurement-order-status';
import { DEMO_COOPS, DemoProduct } from './demo-catalog.data';

/**
 * What the demo's sales history contains, decided before anything is written: which citizen buys
 * what on which day, and which canteen orders what when — a plain, deterministic function of the
 * day it is planned on (the same day gives the same history), so the seeder only carries it out
 * and the tests can reason about it. Times are Beijing wall-clock instants.
 *
 * The history spans the last HISTORY_DAYS days (about 14 months), so the last mango season (June–
 * September) and the current or last sugar-orange season (November–February) always have sales;
 * citizens buy more often in those two seasons. Everything in it is finished well before today
 * (orders received, procurement accepted, invoiced and paid), so nobody finds history in a queue.
 */

export const HISTORY_DAYS = 425;
/** Customer orders are placed at least this many days ago (shipped the next day, received two days later). */
const CITIZEN_QUIET_DAYS = 4;
/** Procurement requests are submitted at least this many days ago (the last step is 9 days later). */
const PROCUREMENT_QUIET_DAYS = 12;

/** The history's citizens: new demo accounts, so the contract's demo citizen keeps an empty order list. */
export const DEMO_HISTORY_CITIZENS = [
  { phone: '13900000001', name: '赵丽娟', region: '广东省深圳市福田区', detail: '香蜜湖街道农林路 69 号 3 栋 502' },
  { phone: '13900000002', name: '周建华', region: '广东省深圳市南山区', detail: '粤海街道科技南十二路 18 号 1 栋 1603' },
  { phone: '13900000003', name: '吴晓燕', region: '广东省深圳市罗湖区', detail: '东门街道湖贝路 1030 号 8 楼 A' },
  { phone: '13900000004', name: '郑国强', region: '广东省深圳市宝安区', detail: '新安街道创业一路 128 号 2 单元 901' },
  { phone: '13900000005', name: '林美玲', region: '广东省深圳市龙岗区', detail: '龙城街道龙翔大道 7188 号 5 栋 1208' },
  { phone: '13900000006', name: '黄志明', region: '广东省深圳市坪山区', detail: '坪山街道东纵路 230 号 12 楼' },
  { phone: '13900000007', name: '何秀英', region: '广东省深圳市光明区', detail: '光明街道华夏路 31 号 6 栋 302' },
  { phone: '13900000008', name: '谢文斌', region: '广东省深圳市龙华区', detail: '民治街道民康路 99 号 3 座 1801' },
  { phone: '13900000009', name: '罗雅琴', region: '广东省深圳市盐田区', detail: '海山街道深盐路 2078 号 701' },
  { phone: '13900000010', name: '梁振宇', region: '广东省深圳市福田区', detail: '莲花街道红荔路 8001 号 9 栋 2305' },
  { phone: '13900000011', name: '宋佳怡', region: '广东省深圳市南山区', detail: '蛇口街道工业八路 261 号 1102' },
  { phone: '13900000012', name: '许海涛', region: '广东省深圳市龙岗区', detail: '坂田街道雪岗路 2018 号 4 栋 606' },
] as const;

/** A line by product name and SKU spec (as in demo-catalog.data.ts). */
export interface HistoryLine {
  product: string;
  spec: string;
  quantity: number;
}

export interface CitizenOrderPlan {
  /** Idempotency key of the checkout. */
  ref: string;
  citizen: number;
  lines: HistoryLine[];
  /** Paid with the 深圳市总工会 coupon the citizen claimed with the campaign's claim code. */
  withUnionCoupon: boolean;
  placedAt: Date;
  paidAt: Date;
  shippedAt: Date;
  receivedAt: Date;
}

/** An order placed and cancelled before paying (the buyer picked the wrong spec and ordered again). */
export interface CancelledCitizenOrderPlan {
  ref: string;
  citizen: number;
  lines: HistoryLine[];
  placedAt: Date;
  cancelledAt: Date;
  reason: string;
}

export type HistoryAgency = 'FUTIAN' | 'NANSHAN';

export interface ProcurementPlan {
  ref: string;
  agency: HistoryAgency;
  purpose: ProcurementPurpose;
  /** One co-op per request, so each request is one procurement order. */
  coop: string;
  lines: HistoryLine[];
  note: string;
  submittedAt: Date;
  /** Both agencies approve every order (the default rule). */
  approvedAt: Date;
  confirmedAt: Date;
  /** The supplier confirms the first line at this lower unit price (a bulk price), or at the shop's price. */
  confirmedUnitPriceFen?: number;
  shippedAt: Date;
  deliveryDate: string;
  acceptedAt: Date;
  /** Units of the first line that did not arrive. */
  shortfall: number;
  invoicedAt: Date;
  invoiceVerifiedAt: Date;
  transferDeclaredAt: Date;
  transferConfirmedAt: Date;
  /** A return agreed after acceptance, refunded by bank transfer. */
  refund?: { units: number; reason: string; at: Date };
}

/** A request the supplier declined (it is resubmitted as the next procurement plan of that agency). */
export interface DeclinedProcurementPlan {
  ref: string;
  agency: HistoryAgency;
  coop: string;
  lines: HistoryLine[];
  note: string;
  submittedAt: Date;
  approvedAt: Date;
  deliveryDate: string;
  declinedAt: Date;
  reason: string;
}

export interface HistoryPlan {
  from: string;
  to: string;
  citizens: CitizenOrderPlan[];
  cancelled: CancelledCitizenOrderPlan[];
  procurement: ProcurementPlan[];
  declined: DeclinedProcurementPlan[];
}

export const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
/** A Beijing wall-clock time on `day`. */
export const beijing = (day: string, hour: number, minute = 0) => new Date(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`);
const later = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000);
/** 'YYYY-MM' plus `n` months. */
const addMonths = (ym: string, n: number) => {
  const m = Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1 + n;
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
};
const monthOf = (day: string) => Number(day.slice(5, 7));

/** mulberry32: a small seeded generator, so the same day plans the same history. */
function generator(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PRODUCTS: DemoProduct[] = DEMO_COOPS.flatMap((c) => c.products);
const productNamed = (name: string): DemoProduct => {
  const p = PRODUCTS.find((x) => x.name === name);
  if (!p) throw new Error(`demo history: no demo product ${name}`);
  return p;
};
const skuOf = (line: { product: string; spec: string }) => {
  const sku = productNamed(line.product).skus.find((s) => s.spec === line.spec);
  if (!sku) throw new Error(`demo history: no SKU ${line.spec} of ${line.product}`);
  return sku;
};
const lineFen = (l: HistoryLine) => skuOf(l).priceFen * l.quantity;

/** The two seasons the operators' seasonal view follows; citizens buy more often in them. */
const peakMonth = (m: number) => (m >= 6 && m <= 9) || m >= 11 || m <= 2;

/** What a household buys: the retail SKUs (not the canteen packs); fresh fruit in season, above all mangoes and sugar oranges, favoured. */
function retailChoices(month: number): { product: DemoProduct; spec: string; weight: number }[] {
  const out: { product: DemoProduct; spec: string; weight: number }[] = [];
  for (const p of PRODUCTS) {
    if (!p.saleMonths.includes(month)) continue;
    const weight = p.category !== ProductCategory.FRUIT ? 1 : /芒|沙糖桔/.test(p.name) ? 6 : 3;
    for (const s of p.skus) if (!s.spec.includes('食堂')) out.push({ product: p, spec: s.spec, weight });
  }
  return out;
}

function pick<T extends { weight: number }>(rng: () => number, xs: T[]): T {
  let r = rng() * xs.reduce((a, x) => a + x.weight, 0);
  for (const x of xs) if ((r -= x.weight) < 0) return x;
  return xs[xs.length - 1];
}

function citizenOrders(rng: () => number, from: string, to: string, coupon: UnionCoupon | null): { orders: CitizenOrderPlan[]; cancelled: CancelledCitizenOrderPlan[] } {
  const orders: CitizenOrderPlan[] = [];
  for (let day = addDays(from, 2); day <= to; ) {
    const month = monthOf(day);
    const choices = retailChoices(month);
    const first = pick(rng, choices);
    const lines: HistoryLine[] = [{ product: first.product.name, spec: first.spec, quantity: quantityFor(rng, first.spec) }];
    if (rng() < 0.35) {
      const others = choices.filter((c) => c.product.name !== first.product.name);
      const second = pick(rng, others);
      lines.push({ product: second.product.name, spec: second.spec, quantity: quantityFor(rng, second.spec) });
    }
    const placedAt = beijing(day, 8 + Math.floor(rng() * 14), Math.floor(rng() * 60));
    const shippedAt = beijing(addDays(day, 1), 10 + Math.floor(rng() * 6), Math.floor(rng() * 60));
    orders.push({
      ref: `demo-history-c${String(orders.length + 1).padStart(3, '0')}`,
      citizen: Math.floor(rng() * DEMO_HISTORY_CITIZENS.length),
      lines,
      withUnionCoupon: false,
      placedAt,
      paidAt: later(placedAt, 2 + Math.floor(rng() * 5)),
      shippedAt,
      receivedAt: beijing(addDays(day, 3), 19, Math.floor(rng() * 60)),
    });
    day = addDays(day, (peakMonth(month) ? 7 : 11) + Math.floor(rng() * 3));
  }

  // The 深圳市总工会 coupon is valid from the campaign's first day: up to three citizens who claimed
  // it (the day before) used it on an order reaching its minimum spend since then — one coupon per
  // member, so three different people.
  if (coupon) {
    const used = new Set<number>();
    for (const o of orders.filter((x) => x.placedAt.getTime() >= beijing(addDays(coupon.validFrom, 1), 0).getTime()).slice(-3)) {
      while (used.has(o.citizen)) o.citizen = (o.citizen + 1) % DEMO_HISTORY_CITIZENS.length;
      used.add(o.citizen);
      o.withUnionCoupon = true;
      while (o.lines.reduce((a, l) => a + lineFen(l), 0) < coupon.minSpendFen) o.lines[0].quantity++;
    }
  }

  // One buyer picked the wrong spec of her first choice, cancelled before paying and ordered again.
  const cancelled: CancelledCitizenOrderPlan[] = [];
  const redo = orders.find((o, i) => i >= 6 && productNamed(o.lines[0].product).skus.filter((s) => !s.spec.includes('食堂')).length > 1);
  if (redo) {
    const wrong = productNamed(redo.lines[0].product).skus.find((s) => !s.spec.includes('食堂') && s.spec !== redo.lines[0].spec)!;
    const placedAt = later(redo.placedAt, -14);
    cancelled.push({ ref: `${redo.ref}-cancelled`, citizen: redo.citizen, lines: [{ ...redo.lines[0], spec: wrong.spec }], placedAt, cancelledAt: later(placedAt, 6), reason: '规格选错了，重新下单' });
  }
  return { orders, cancelled };
}

/** Households buy one box, sometimes two or three; dried mango by the handful of bags. */
function quantityFor(rng: () => number, spec: string): number {
  if (spec.startsWith('200克 袋装')) return 2 + Math.floor(rng() * 4);
  const r = rng();
  return r < 0.65 ? 1 : r < 0.92 ? 2 : 3;
}

const between = (rng: () => number, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

/**
 * A canteen's order of a month: what is in season from one co-op (quantities at least the agency
 * minimums) — mangoes June–September, sugar oranges November–February (the seasons the operators
 * follow), apples in October, hemp-seed oil and cured pork in spring.
 */
function canteenBasket(rng: () => number, agency: HistoryAgency, month: number): { coop: string; lines: HistoryLine[]; note: string } {
  const futian = agency === 'FUTIAN';
  const note = futian ? '机关食堂午餐' : '教职工食堂午餐';
  if (month >= 6 && month <= 9) {
    if (!futian) return { coop: 'mango', lines: [{ product: '百色芒果 台农一号', spec: '10斤装 大果', quantity: between(rng, 30, 40) }], note: `${note}水果` };
    const lines = [{ product: '百色芒果 台农一号', spec: '20斤装 食堂采购', quantity: between(rng, 40, 50) }];
    if (month >= 7) lines.push({ product: '百色芒果 桂七香芒', spec: '5斤装 精选果', quantity: between(rng, 50, 60) });
    return { coop: 'mango', lines, note: `${note}水果，周一至周五分批上桌` };
  }
  if (month >= 11 || month <= 2) {
    const line = futian ? { product: '田阳沙糖桔', spec: '10斤装 大果', quantity: between(rng, 100, 120) } : { product: '田阳沙糖桔', spec: '5斤装 中果', quantity: between(rng, 60, 80) };
    return { coop: 'orange', lines: [line], note: `${note}冬季水果` };
  }
  if (month === 10) return { coop: 'apple', lines: [{ product: '昭通苹果 高原红富士', spec: '20斤装 食堂采购', quantity: between(rng, futian ? 40 : 20, futian ? 50 : 26) }], note: `${note}水果` };
  const lines = [{ product: '巴马火麻油', spec: '5升 食堂桶装', quantity: between(rng, futian ? 10 : 6, futian ? 12 : 8) }];
  if (month === 3) lines.push({ product: '巴马香猪腊肉', spec: '500克 真空装', quantity: between(rng, futian ? 60 : 30, futian ? 80 : 40) });
  return { coop: 'bama', lines, note: `${note}食用油${month === 3 ? '与腊味' : ''}` };
}

function procurementStep(ref: string, agency: HistoryAgency, purpose: ProcurementPurpose, basket: { coop: string; lines: HistoryLine[]; note: string }, day: string, rng: () => number): ProcurementPlan {
  const submittedAt = beijing(day, 9, between(rng, 0, 50));
  return {
    ref,
    agency,
    purpose,
    ...basket,
    submittedAt,
    approvedAt: later(submittedAt, 80),
    confirmedAt: later(submittedAt, 240),
    shippedAt: beijing(addDays(day, 1), 7, 30),
    deliveryDate: addDays(day, 2),
    acceptedAt: beijing(addDays(day, 2), 10, between(rng, 0, 40)),
    shortfall: 0,
    invoicedAt: beijing(addDays(day, 3), 15, 0),
    invoiceVerifiedAt: beijing(addDays(day, 4), 10, 0),
    transferDeclaredAt: beijing(addDays(day, 6), 11, 0),
    transferConfirmedAt: beijing(addDays(day, 7), 9, 30),
  };
}

function procurementOrders(rng: () => number, from: string, to: string): { orders: ProcurementPlan[]; declined: DeclinedProcurementPlan[] } {
  const orders: ProcurementPlan[] = [];
  const add = (agency: HistoryAgency, purpose: ProcurementPurpose, basket: { coop: string; lines: HistoryLine[]; note: string }, day: string) => {
    if (day < from || day > to) return;
    orders.push(procurementStep(`demo-history-p${String(orders.length + 1).padStart(2, '0')}`, agency, purpose, basket, day, rng));
  };
  // Canteen orders: 福田 in one month, 南山 in the next, around the 9th and the 16th.
  for (let k = 0; ; k++) {
    const ym = addMonths(from.slice(0, 7), k);
    if (`${ym}-01` > to) break;
    const month = monthOf(`${ym}-01`);
    if (k % 2 === 0) add('FUTIAN', ProcurementPurpose.CANTEEN, canteenBasket(rng, 'FUTIAN', month), `${ym}-09`);
    else add('NANSHAN', ProcurementPurpose.CANTEEN, canteenBasket(rng, 'NANSHAN', month), `${ym}-16`);
  }
  // Union welfare (工会福利): 福田's tea before the Spring Festival and dried mango for Mid-Autumn; 南山's hemp-seed oil for Teachers' Day.
  for (const year of new Set([from.slice(0, 4), to.slice(0, 4)].map(Number))) {
    add('FUTIAN', ProcurementPurpose.UNION_WELFARE, { coop: 'tea', lines: [{ product: '都匀毛尖 明前特级', spec: '250克 礼盒', quantity: 60 }], note: '春节职工慰问品' }, `${year}-01-12`);
    add('NANSHAN', ProcurementPurpose.UNION_WELFARE, { coop: 'bama', lines: [{ product: '巴马火麻油', spec: '500毫升 瓶装', quantity: 100 }], note: '教师节慰问品' }, `${year}-09-02`);
    add('FUTIAN', ProcurementPurpose.UNION_WELFARE, { coop: 'mango', lines: [{ product: '田东芒果干', spec: '200克×6袋 礼盒', quantity: 200 }], note: '中秋职工慰问品' }, `${year}-09-08`);
  }
  orders.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
  orders.forEach((o, i) => (o.ref = `demo-history-p${String(i + 1).padStart(2, '0')}`));

  // A few things that happen in a real year: a bulk price at confirmation, a box short on delivery,
  // a return after acceptance, and a request the supplier declined (resubmitted two days later).
  const bulk = orders.find((o) => o.coop === 'orange');
  if (bulk) bulk.confirmedUnitPriceFen = Math.round((skuOf(bulk.lines[0]).priceFen * 0.94) / 10) * 10; // 6% off, to the jiao
  const short = orders.find((o) => o.coop === 'apple');
  if (short) short.shortfall = 1;
  const returned = orders.find((o) => o.agency === 'FUTIAN' && o.coop === 'mango' && o.purpose === ProcurementPurpose.CANTEEN);
  if (returned) returned.refund = { units: 2, reason: '运输途中挤压，2 箱果品损坏，协商退货退款', at: beijing(addDays(returned.deliveryDate, 7), 16, 0) };
  const declined: DeclinedProcurementPlan[] = [];
  const retried = orders.find((o) => o.agency === 'NANSHAN' && o.purpose === ProcurementPurpose.CANTEEN);
  if (retried) {
    const day = addDays(retried.deliveryDate, -4);
    const submittedAt = beijing(day, 9, 10);
    declined.push({
      ref: `${retried.ref}-declined`,
      agency: retried.agency,
      coop: retried.coop,
      lines: retried.lines.map((l) => ({ ...l })),
      note: retried.note,
      submittedAt,
      approvedAt: later(submittedAt, 60),
      deliveryDate: addDays(day, 2),
      declinedAt: later(submittedAt, 300),
      reason: '冷链车辆检修，本周无法按期配送，请改期下单',
    });
  }
  return { orders, declined };
}

/** The 深圳市总工会 campaign the history's citizens claim coupons of (claim code SZZGH2026). */
export interface UnionCoupon {
  validFrom: string;
  minSpendFen: number;
}

/** The history planned on `today` (Asia/Shanghai); without the campaign, nobody pays with a coupon. */
export function planHistory(today: string, coupon: UnionCoupon | null): HistoryPlan {
  const from = addDays(today, -HISTORY_DAYS);
  const rng = generator(20_260_601);
  const { orders: citizens, cancelled } = citizenOrders(rng, from, addDays(today, -CITIZEN_QUIET_DAYS), coupon);
  const { orders: procurement, declined } = procurementOrders(rng, from, addDays(today, -PROCUREMENT_QUIET_DAYS));
  return { from, to: today, citizens, cancelled, procurement, declined };
}
