import { DEMO, startTestApp, TestApp } from '../testing/test-app';

/** The demo data is what a newcomer sees first: the contract's accounts and a traceable catalog. */
describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('has the contract\'s demo accounts with their roles and organisations', async () => {
    const expected: [string, string[], 'agency' | 'supplier' | null][] = [
      [DEMO.operator, ['OPERATOR'], null],
      [DEMO.mangoSupplier, ['SUPPLIER_STAFF'], 'supplier'],
      [DEMO.canteenBuyer, ['CANTEEN_BUYER'], 'agency'],
      [DEMO.approver, ['AGENCY_APPROVER'], 'agency'],
      [DEMO.citizen, ['CITIZEN'], null],
      [DEMO.hechiSupplier, ['SUPPLIER_STAFF'], 'supplier'],
    ];
    for (const [phone, roles, org] of expected) {
      const me = (await t.http().get('/api/auth/me').set('Authorization', await t.login(phone)).expect(200)).body;
      expect(me.roles).toEqual(roles);
      expect(Boolean(me.agency)).toBe(org === 'agency');
      expect(Boolean(me.supplier)).toBe(org === 'supplier');
    }
    const mango = (await t.http().get('/api/auth/me').set('Authorization', await t.login(DEMO.mangoSupplier))).body;
    const hechi = (await t.http().get('/api/auth/me').set('Authorization', await t.login(DEMO.hechiSupplier))).body;
    expect(mango.supplier.name).toMatch(/田东.*芒果/);
    expect(hechi.supplier.name).toMatch(/巴马/);
  });

  it('gives every demo product a traced batch whose story is public', async () => {
    const staff = await t.login(DEMO.mangoSupplier);
    const batches = (await t.http().get('/api/supplier/batches').set('Authorization', staff).expect(200)).body.items;
    expect(batches.length).toBe(3);
    const story = (await t.http().get(`/api/trace/${batches[0].traceCode}`).expect(200)).body;
    expect(story.events.map((e: { bizStep: string }) => e.bizStep)).toEqual(['harvesting', 'inspecting', 'packing', 'shipping']);
    expect(story.supplier.name).toBe('田东县祥周镇芒果种植专业合作社');
    expect(story.supplyBase.name).toBe('祥周镇芒果供深基地');
    expect(story.certifications.map((c: { type: string }) => c.type)).toContain('ASSISTANCE');
  });

  it('shows the co-ops\' household linkage on their profiles', async () => {
    const profile = (await t.http().get('/api/supplier/profile').set('Authorization', await t.login('13800000010')).expect(200)).body;
    expect(profile).toMatchObject({ status: 'APPROVED', countyCode: '522701', linkedHouseholds: 94 });
  });
});
