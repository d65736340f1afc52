import { DataSource } from 'typeorm';
import { Certification } from '../catalog/certification.entity';
import { ProductReviewService } from '../catalog/product-review.service';
import { creditCodeCheckChar } from '../common/credit-code';
import { listedProduct, mangoProduct } from '../testing/catalog-fixtures';
import { checkout, freePort, listedSku, newBuyers } from '../testing/order-fixtures';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';

const withCheckChar = (first17: string) => first17 + creditCodeCheckChar(first17);

interface Line {
  actorUserId: string | null;
  actorName: string;
  action: string;
  subjectType: string;
  subjectId: string;
  summary: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  agencyId: string | null;
  supplierId: string | null;
}

/**
 * Every audited decision and change, made through the real API (or the real job), leaves one line
 * with who did it, the values before and after, and the organisation it concerns.
 */
describe('audit hooks', () => {
  let t: TestApp;
  let base: string;
  let op: string;
  let opId: string;
  let mango: string;
  let mangoId: string;
  let mangoSupplierId: string;
  let hechi: string;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    t = await startTestApp({ PUBLIC_BASE_URL: base });
    await t.app.listen(port, '127.0.0.1');
    op = await t.login(DEMO.operator);
    mango = await t.login(DEMO.mangoSupplier);
    hechi = await t.login(DEMO.hechiSupplier);
    opId = (await t.http().get('/api/auth/me').set('Authorization', op)).body.id;
    const me = (await t.http().get('/api/auth/me').set('Authorization', mango)).body;
    mangoId = me.id;
    mangoSupplierId = me.supplierId;
  });
  afterAll(() => t.close());

  const lines = async (q: Record<string, string>): Promise<Line[]> =>
    (await t.http().get('/api/admin/audit').query({ pageSize: '100', ...q }).set('Authorization', op).expect(200)).body.items;
  const one = async (q: Record<string, string>): Promise<Line> => {
    const found = await lines(q);
    expect(found).toHaveLength(1);
    return found[0];
  };
  const byOperator = { actorUserId: expect.any(String), actorName: '王立群' };

  it('suppliers: application, approval and rejection, suspension and reinstatement', async () => {
    // The demo co-ops applied and were admitted through the same services.
    const demo = await lines({ action: 'supplier.approve', subjectId: mangoSupplierId });
    expect(demo).toEqual([expect.objectContaining({ ...byOperator, before: { status: 'PENDING', statusReason: null }, after: { status: 'APPROVED', statusReason: null }, supplierId: mangoSupplierId })]);

    const applied = await t.http().post('/api/supplier-applications').send({
      name: '隆林各族自治县山茶油专业合作社', creditCode: withCheckChar('93451031MA5K8QW21'), countyCode: '451031', kind: 'COOPERATIVE',
      licences: [{ type: '营业执照', number: withCheckChar('93451031MA5K8QW21') }],
      contact: { name: '罗大山', phone: '13912340001', address: '广西百色市隆林各族自治县新州镇' },
      linkedHouseholds: 86, linkageDescription: '以保底价收购社员山茶籽',
      account: { phone: '13912340001', password: 'Camellia2026', name: '罗大山' },
    }).expect(201);
    const sid = applied.body.supplier.id;
    expect(await one({ action: 'supplier.apply', subjectId: sid })).toMatchObject({ actorName: '罗大山', actorUserId: applied.body.user.id, after: { status: 'PENDING' } });
    await t.http().post(`/api/admin/suppliers/${sid}/reject`).set('Authorization', op).send({ reason: '营业执照扫描件不清晰' }).expect(200);
    expect(await one({ action: 'supplier.reject', subjectId: sid })).toMatchObject({
      actorUserId: opId, actorName: '王立群', supplierId: sid,
      before: { status: 'PENDING', statusReason: null }, after: { status: 'REJECTED', statusReason: '营业执照扫描件不清晰' },
      summary: '驳回供应商「隆林各族自治县山茶油专业合作社」：营业执照扫描件不清晰',
    });

    const hechiId = (await t.http().get('/api/auth/me').set('Authorization', hechi)).body.supplierId;
    await t.http().post(`/api/admin/suppliers/${hechiId}/suspend`).set('Authorization', op).send({ reason: '抽检不合格，整改中' }).expect(200);
    await t.http().post(`/api/admin/suppliers/${hechiId}/reinstate`).set('Authorization', op).send({}).expect(200);
    expect(await one({ action: 'supplier.suspend', subjectId: hechiId })).toMatchObject({ before: { status: 'APPROVED' }, after: { status: 'SUSPENDED', statusReason: '抽检不合格，整改中' } });
    expect(await one({ action: 'supplier.reinstate', subjectId: hechiId })).toMatchObject({ actorUserId: opId, before: { status: 'SUSPENDED', statusReason: '抽检不合格，整改中' }, after: { status: 'APPROVED' } });
    // A refused step (reinstating an approved supplier) leaves no line.
    await t.http().post(`/api/admin/suppliers/${hechiId}/reinstate`).set('Authorization', op).send({}).expect(409);
    expect(await lines({ action: 'supplier.reinstate', subjectId: hechiId })).toHaveLength(1);
  });

  it('supply bases: verification (demo) and rejection', async () => {
    expect((await lines({ action: 'supply_base.verify', supplierId: mangoSupplierId }))[0]).toMatchObject({ ...byOperator, before: { status: 'PENDING' }, after: { status: 'VERIFIED' } });
    const created = await t.http().post('/api/supplier/bases').set('Authorization', mango).send({
      name: '祥周镇第二基地', countyCode: '451022', township: '祥周镇', latitude: 23.6, longitude: 107.09, areaMu: 300, baseType: 'PLANTING', products: ['百色芒果'],
      certifications: [{ type: 'GONGSHEN', number: 'GSJD-2024-0999', validFrom: '2024-06-01', validTo: '2099-05-31' }],
    }).expect(201);
    await t.http().post(`/api/admin/bases/${created.body.id}/reject`).set('Authorization', op).send({ reason: '缺少土壤检测报告' }).expect(200);
    expect(await one({ action: 'supply_base.reject', subjectId: created.body.id })).toMatchObject({
      actorUserId: opId, supplierId: mangoSupplierId, before: { status: 'PENDING', statusReason: null }, after: { status: 'REJECTED', statusReason: '缺少土壤检测报告' },
    });
  });

  it('catalog: review, certificates, listing, stock, price changes, take-down and the expiry sweep', async () => {
    const id = await listedProduct(t, mango, op, mangoProduct(''));
    expect(await one({ action: 'product.approve', subjectId: id })).toMatchObject({ actorUserId: opId, supplierId: mangoSupplierId, before: { status: 'SUBMITTED' }, after: { status: 'APPROVED' } });
    expect(await one({ action: 'product.list', subjectId: id })).toMatchObject({ actorUserId: mangoId, before: { status: 'APPROVED' }, after: { status: 'LISTED' } });
    const certs = await lines({ action: 'certification.approve', q: '百色芒果（台农一号）' });
    expect(certs.length).toBeGreaterThanOrEqual(1);
    expect(certs[0]).toMatchObject({ actorUserId: opId, subjectType: 'certification', before: { review: 'PENDING' }, after: { review: 'APPROVED' } });

    const detail = (await t.http().get(`/api/supplier/products/${id}`).set('Authorization', mango).expect(200)).body;
    const sku = detail.skus.find((s: { priceFen: number }) => s.priceFen === 5990);
    // Stock: immediate, before/after.
    await t.http().patch(`/api/supplier/skus/${sku.id}`).set('Authorization', mango).send({ stock: 77 }).expect(200);
    expect(await one({ action: 'sku.stock', subjectId: sku.id })).toMatchObject({ actorUserId: mangoId, supplierId: mangoSupplierId, before: { stock: 100 }, after: { stock: 77 } });
    // The same stock again is no change, so no line.
    await t.http().patch(`/api/supplier/skus/${sku.id}`).set('Authorization', mango).send({ stock: 77 }).expect(200);
    expect(await lines({ action: 'sku.stock', subjectId: sku.id })).toHaveLength(1);

    // Price: proposed, reviewed, and the live price's before/after recorded when it takes effect.
    await t.http().patch(`/api/supplier/skus/${sku.id}`).set('Authorization', mango).send({ priceFen: 6990 }).expect(200);
    expect(await lines({ action: 'sku.price', subjectId: sku.id })).toHaveLength(0);
    await t.http().post(`/api/admin/products/${id}/approve`).set('Authorization', op).expect(200);
    expect(await one({ action: 'sku.price', subjectId: sku.id })).toMatchObject({ actorUserId: opId, before: { priceFen: 5990 }, after: { priceFen: 6990 } });
    expect(await one({ action: 'product.changes_approve', subjectId: id })).toMatchObject({ before: { [`skus.${sku.id}`]: { priceFen: 5990 } }, after: { [`skus.${sku.id}`]: { priceFen: 6990 } } });
    await t.http().patch(`/api/supplier/skus/${sku.id}`).set('Authorization', mango).send({ priceFen: 9990 }).expect(200);
    await t.http().post(`/api/admin/products/${id}/reject`).set('Authorization', op).send({ reason: '价格高于市场均价' }).expect(200);
    expect(await one({ action: 'product.changes_reject', subjectId: id })).toMatchObject({ actorUserId: opId, after: { rejectReason: '价格高于市场均价' } });
    expect(await lines({ action: 'sku.price', subjectId: sku.id })).toHaveLength(1);

    await t.http().patch(`/api/supplier/skus/${sku.id}`).set('Authorization', mango).send({ enabled: false }).expect(200);
    expect(await one({ action: 'sku.disable', subjectId: sku.id })).toMatchObject({ before: { enabled: true }, after: { enabled: false } });

    // An operator's take-down, with its reason.
    await t.http().post(`/api/admin/products/${id}/unlist`).set('Authorization', op).send({ reason: '消费者投诉坏果率高' }).expect(200);
    expect(await one({ action: 'product.take_down', subjectId: id })).toMatchObject({ actorUserId: opId, before: { status: 'LISTED' }, after: { status: 'UNLISTED', reason: '消费者投诉坏果率高' } });

    // The expiry sweep (the system) unlists a product whose 消费帮扶产品认定 lapsed.
    const other = await listedProduct(t, mango, op, mangoProduct('', { name: '百色芒果（桂七）' }));
    await t.app.get(DataSource).getRepository(Certification).update({ productId: other }, { validTo: '2020-12-31' });
    expect(await t.app.get(ProductReviewService).sweepExpired()).toBeGreaterThanOrEqual(1);
    expect(await one({ action: 'product.expire', subjectId: other })).toMatchObject({ actorUserId: null, actorName: '系统', before: { status: 'LISTED' }, after: { status: 'UNLISTED' } });
    expect((await lines({ actor: 'SYSTEM', subjectId: other })).map((l) => l.action)).toEqual(['product.expire']);
  });

  it('regions: a pairing created with its source document, then ended with a reason', async () => {
    const helpers = (await t.http().get('/api/regions/helper-units')).body.items as { id: string; name: string }[];
    const futian = helpers.find((h) => h.name === '深圳市福田区')!.id;
    const created = await t.http().post('/api/regions/pairings').set('Authorization', op).send({
      helperUnitId: futian, countyCode: '451030', role: 'ASSIST', validFrom: '2026-01-01',
      sourceDoc: { title: '深圳市2026年东西部协作结对调整方案', docNo: '深协作〔2026〕3号' },
    }).expect(201);
    expect(await one({ action: 'pairing.create', subjectId: created.body.id })).toMatchObject({
      actorUserId: opId, before: null,
      after: { helperUnit: '深圳市福田区', countyCode: '451030', role: 'ASSIST', validFrom: '2026-01-01', validTo: null, sourceTitle: '深圳市2026年东西部协作结对调整方案', sourceDocNo: '深协作〔2026〕3号' },
    });
    await t.http().post(`/api/regions/pairings/${created.body.id}/end`).set('Authorization', op).send({ validTo: '2026-12-31', reason: '按新一轮结对方案调整' }).expect(200);
    const ended = await one({ action: 'pairing.end', subjectId: created.body.id });
    expect(ended).toMatchObject({ actorUserId: opId, before: { validTo: null, endedReason: null }, after: { validTo: '2026-12-31', endedReason: '按新一轮结对方案调整' } });
    expect(ended.summary).toContain('深圳市福田区 → 广西壮族自治区百色市西林县');
  });

  it('identity: accounts created, roles changed, disabled and enabled — never a password hash', async () => {
    const agencyId = (await t.http().get('/api/auth/me').set('Authorization', await t.login(DEMO.canteenBuyer))).body.agencyId;
    const created = await t.http().post('/api/admin/users').set('Authorization', op)
      .send({ phone: '13700000101', name: '采购员乙', password: 'Buyer2026', roles: ['CANTEEN_BUYER'], agencyId }).expect(201);
    const uid = created.body.id;
    const line = await one({ action: 'user.create', subjectId: uid });
    expect(line).toMatchObject({ actorUserId: opId, agencyId, after: { phone: '13700000101', name: '采购员乙', roles: ['CANTEEN_BUYER'], agencyId, status: 'ACTIVE' } });
    expect(JSON.stringify(line)).not.toMatch(/argon2|passwordHash|Buyer2026/);

    await t.http().put(`/api/admin/users/${uid}/roles`).set('Authorization', op).send({ roles: ['CANTEEN_BUYER', 'AGENCY_APPROVER'], agencyId }).expect(200);
    expect(await one({ action: 'user.roles', subjectId: uid })).toMatchObject({
      agencyId, before: { roles: ['CANTEEN_BUYER'], agencyId, supplierId: null }, after: { roles: ['CANTEEN_BUYER', 'AGENCY_APPROVER'], agencyId, supplierId: null },
    });
    const mismatch = await t.http().put(`/api/admin/users/${uid}/roles`).set('Authorization', op).send({ roles: ['CANTEEN_BUYER'] }).expect(400);
    expect(mismatch.body.code).toBe('MEMBERSHIP_MISMATCH');

    const token = await t.login('13700000101', 'Buyer2026');
    await t.http().patch(`/api/admin/users/${uid}/status`).set('Authorization', op).send({ status: 'DISABLED', reason: '人员调岗' }).expect(200);
    await t.http().get('/api/auth/me').set('Authorization', token).expect(401);
    expect((await t.http().post('/api/auth/login').send({ phone: '13700000101', password: 'Buyer2026' }).expect(401)).body.code).toBe('ACCOUNT_DISABLED');
    expect(await one({ action: 'user.disable', subjectId: uid })).toMatchObject({ actorUserId: opId, agencyId, before: { status: 'ACTIVE' }, after: { status: 'DISABLED', reason: '人员调岗' } });
    await t.http().patch(`/api/admin/users/${uid}/status`).set('Authorization', op).send({ status: 'ACTIVE' }).expect(200);
    expect(await one({ action: 'user.enable', subjectId: uid })).toMatchObject({ before: { status: 'DISABLED' }, after: { status: 'ACTIVE' } });
    await t.login('13700000101', 'Buyer2026');

    const self = await t.http().patch(`/api/admin/users/${opId}/status`).set('Authorization', op).send({ status: 'DISABLED' }).expect(400);
    expect(self.body.code).toBe('CANNOT_DISABLE_SELF');
    expect((await t.http().put(`/api/admin/users/${opId}/roles`).set('Authorization', op).send({ roles: ['CITIZEN'] }).expect(400)).body.code).toBe('CANNOT_DEMOTE_SELF');
  });

  it('money: refunds approved, rejected and executed; a duplicate payment refunded; settlements drawn up and paid', async () => {
    const sku = await listedSku(t, 'mango', { stock: 20, priceFen: 4990 });
    const [buyer] = await newBuyers(t, 1);
    const order = (await checkout(t, buyer, [{ skuId: sku.skuId, quantity: 2 }]).expect(201)).body;
    // Two cashier sessions for one order, both paid: the second payment is a duplicate.
    const pays = [];
    for (let i = 0; i < 2; i++) pays.push((await t.http().post(`/api/orders/${order.id}/pay`).set('Authorization', buyer).send({ channel: 'alipay' }).expect(200)).body);
    for (const p of pays) {
      const cashier = await t.http().get(p.payUrl.slice(base.length)).expect(200);
      await t.http().post(`${/action="([^"]+)\/pay"/.exec(cashier.text)![1]}/pay`).expect(303);
    }
    const part = (await t.http().get(`/api/orders/${order.id}`).set('Authorization', buyer).expect(200)).body.supplierOrders[0];

    const r1 = await t.http().post(`/api/orders/${order.id}/refunds`).set('Authorization', buyer).send({ supplierOrderId: part.id, reason: '买多了' }).expect(201);
    await t.http().post(`/api/supplier/refunds/${r1.body.id}/reject`).set('Authorization', mango).send({ reason: '已打包待发' }).expect(200);
    expect(await one({ action: 'refund.reject', subjectId: r1.body.id })).toMatchObject({ actorUserId: mangoId, supplierId: mangoSupplierId, before: { status: 'REQUESTED' }, after: { status: 'REJECTED', rejectReason: '已打包待发' } });
    const r2 = await t.http().post(`/api/orders/${order.id}/refunds`).set('Authorization', buyer).send({ supplierOrderId: part.id, reason: '不想要了' }).expect(201);
    await t.http().post(`/api/supplier/refunds/${r2.body.id}/approve`).set('Authorization', mango).expect(200);
    expect(await one({ action: 'refund.approve', subjectId: r2.body.id })).toMatchObject({ actorUserId: mangoId, after: { status: 'APPROVED', amountFen: 2 * 4990 } });
    expect(await one({ action: 'refund.execute', subjectId: r2.body.id })).toMatchObject({ actorUserId: mangoId, actorName: expect.any(String), before: { status: 'APPROVED' }, after: { status: 'REFUNDED', amountFen: 2 * 4990 } });

    const dup = (await t.http().get('/api/admin/payments?needsRefund=true').set('Authorization', op).expect(200)).body.items.find((p: { orderId: string }) => p.orderId === order.id);
    expect(dup).toBeDefined();
    await t.http().post(`/api/admin/payments/${dup.id}/refund-duplicate`).set('Authorization', op).expect(200);
    expect(await one({ action: 'payment.refund_duplicate', subjectId: dup.id })).toMatchObject({ actorUserId: opId, before: { needsRefund: true }, after: { needsRefund: false, refundStatus: 'SUCCEEDED', amountFen: 2 * 4990 } });

    await t.app.get(DataSource).query("UPDATE ledger_entries SET businessDate = '2026-01-15' WHERE supplierId = ?", [mangoSupplierId]);
    const s = (await t.http().post('/api/admin/settlements').set('Authorization', op).send({ supplierId: mangoSupplierId, periodFrom: '2026-01-01', periodTo: '2026-01-31' }).expect(201)).body;
    expect(await one({ action: 'settlement.create', subjectId: s.id })).toMatchObject({ actorUserId: opId, supplierId: mangoSupplierId, after: { status: 'CONFIRMED', netFen: s.netFen, entryCount: s.entryCount } });
    await t.http().post(`/api/admin/settlements/${s.id}/paid`).set('Authorization', op).send({ payReference: '对公转账 20260201-01' }).expect(200);
    expect(await one({ action: 'settlement.paid', subjectId: s.id })).toMatchObject({ before: { status: 'CONFIRMED', payReference: null }, after: { status: 'PAID', payReference: '对公转账 20260201-01' } });
  });

  it('promotions: a campaign created, suspended and resumed, coupons granted', async () => {
    const c = (await t.http().post('/api/admin/coupon-campaigns').set('Authorization', op).send({
      name: '福田区工会助农券', unionName: '深圳市福田区总工会', budgetFen: 100_000, faceValueFen: 1000, minSpendFen: 5000, validFrom: '2026-01-01', validTo: '2099-12-31', scope: 'ASSISTANCE',
    }).expect(201)).body;
    expect(await one({ action: 'coupon_campaign.create', subjectId: c.id })).toMatchObject({ actorUserId: opId, after: { budgetFen: 100_000, faceValueFen: 1000, status: 'ACTIVE' } });
    await t.http().post(`/api/admin/coupon-campaigns/${c.id}/grants`).set('Authorization', op).send({ phones: ['13800000005', '13912345601'] }).expect(201);
    const grant = await one({ action: 'coupon.grant', subjectId: c.id });
    expect(grant.after).toEqual({ issued: 2, faceValueFen: 1000, amountFen: 2000 });
    expect(JSON.stringify(grant)).not.toContain('13912345601');
    await t.http().patch(`/api/admin/coupon-campaigns/${c.id}`).set('Authorization', op).send({ status: 'SUSPENDED' }).expect(200);
    await t.http().patch(`/api/admin/coupon-campaigns/${c.id}`).set('Authorization', op).send({ status: 'ACTIVE' }).expect(200);
    expect(await one({ action: 'coupon_campaign.suspend', subjectId: c.id })).toMatchObject({ before: { status: 'ACTIVE' }, after: { status: 'SUSPENDED' } });
    expect(await one({ action: 'coupon_campaign.resume', subjectId: c.id })).toMatchObject({ before: { status: 'SUSPENDED' }, after: { status: 'ACTIVE' } });
  });
});
