import { Injectable } from '@nestjs/common';
import { CertificationType } from '../catalog/certification.entity';
import { CertificationsService } from '../catalog/certifications.service';
import { ProductReviewService } from '../catalog/product-review.service';
import { ProductsService } from '../catalog/products.service';
import { ZoneKind } from '../catalog/zone.entity';
import { ZonesService } from '../catalog/zones.service';
import { creditCodeCheckChar } from '../common/credit-code';
import { todayInShanghai } from '../common/validators';
import { FilesService } from '../files/files.service';
import { Principal } from '../identity/principal';
import { toPrincipal, UsersService } from '../identity/users.service';
import { PairingRole } from '../regions/pairing.entity';
import { PairingsService } from '../regions/pairings.service';
import { AdmissionService } from '../suppliers/admission/admission.service';
import { SupplierKind } from '../suppliers/supplier.entity';
import { SupplierReviewService } from '../suppliers/supplier-review.service';
import { BUSINESS_LICENCE } from '../suppliers/suppliers.service';
import { SupplyBasesService } from '../suppliers/supply-bases.service';
import { BatchesService } from '../trace/batches.service';
import { BizStep, Disposition, TraceAction, TraceEventType } from '../trace/cbv';
import { TraceEventsService } from '../trace/trace-events.service';
import { DEMO_CONTINUED_PAIRINGS, DEMO_COOPS, DEMO_PAIRING_SOURCE, DemoCoop, DemoProduct } from './demo-catalog.data';
import { placeholderPdf, placeholderPng } from './placeholder-png';

export const withCheckChar = (first17: string) => first17 + creditCodeCheckChar(first17);

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The latest day at least `daysAgo` before today (Beijing) that falls in one of the sale months. */
function lastDayInSeason(months: number[], daysAgo: number): string {
  let d = addDays(todayInShanghai(), -daysAgo);
  while (!months.includes(Number(d.slice(5, 7)))) d = addDays(d, -1);
  return d;
}

/**
 * Loads the demo co-ops through the same services the API uses: admitted supplier, staff account,
 * verified supply base, products with certificates that go through submit → approve → list, and
 * zones. Returns the staff principal of each co-op by key, for later demo steps (batches).
 */
@Injectable()
export class DemoCatalogSeeder {
  constructor(
    private readonly users: UsersService,
    private readonly admission: AdmissionService,
    private readonly supplierReview: SupplierReviewService,
    private readonly bases: SupplyBasesService,
    private readonly files: FilesService,
    private readonly products: ProductsService,
    private readonly certs: CertificationsService,
    private readonly review: ProductReviewService,
    private readonly zones: ZonesService,
    private readonly pairings: PairingsService,
    private readonly batches: BatchesService,
    private readonly events: TraceEventsService,
  ) {}

  async seed(operator: Principal, password: string): Promise<Map<string, { staff: Principal; productIds: string[]; baseId: string }>> {
    await this.continuePairings(operator);
    const out = new Map<string, { staff: Principal; productIds: string[]; baseId: string }>();
    for (const coop of DEMO_COOPS) out.set(coop.key, await this.seedCoop(coop, operator, password));
    await this.seedZones(operator);
    return out;
  }

  private async continuePairings(operator: Principal): Promise<void> {
    const helpers = await this.pairings.listHelpers();
    for (const p of DEMO_CONTINUED_PAIRINGS) {
      const helper = helpers.find((h) => h.name === p.helper)!;
      await this.pairings.create(
        { helperUnitId: helper.id, countyCode: p.countyCode, role: PairingRole.LEAD, validFrom: '2021-01-01', sourceDoc: DEMO_PAIRING_SOURCE },
        operator.id,
      );
    }
  }

  private async seedCoop(coop: DemoCoop, operator: Principal, password: string) {
    const actor = { id: operator.id, name: operator.name };
    // Each co-op applies as a real one would, and the operator admits it.
    const year = Number(todayInShanghai().slice(0, 4));
    const creditCode = withCheckChar(coop.first17);
    const applied = await this.admission.apply({
      name: coop.name,
      creditCode,
      countyCode: coop.countyCode,
      kind: SupplierKind.COOPERATIVE,
      licences: [{ type: BUSINESS_LICENCE, number: creditCode }, ...coop.licences.map((l) => ({ ...l, expiresOn: `${year + 3}-12-31` }))],
      contact: { name: coop.staff.name, phone: coop.staff.phone, address: coop.address },
      linkedHouseholds: coop.linkage.households,
      linkageDescription: coop.linkage.description,
      account: { phone: coop.staff.phone, name: coop.staff.name, password },
    });
    const supplier = await this.supplierReview.decide(applied.supplier.id, 'APPROVE', actor);
    const staff = toPrincipal(await this.users.get(applied.user.id));
    const base = await this.bases.create(supplier.id, {
      ...coop.base,
      countyCode: coop.countyCode,
      certifications: coop.base.certifications.map((c) => ({ ...c, validFrom: `${year - 1}-06-01`, validTo: `${year + 2}-05-31` })),
      soilTestedOn: `${year - 1}-09-15`,
      waterTestedOn: `${year - 1}-09-15`,
    });
    await this.bases.verify(base.id, actor);

    const productIds: string[] = [];
    for (const p of coop.products) {
      const cover = await this.files.upload({ buffer: placeholderPng(...p.colours), originalname: `${p.name}.png`, size: 0 }, staff);
      const product = await this.products.create(supplier.id, staff.id, {
        name: p.name,
        category: p.category,
        description: p.description,
        images: [cover.id],
        originCountyCode: coop.countyCode,
        supplyBaseId: base.id,
        storage: p.storage,
        coldChain: p.coldChain,
        saleMonths: p.saleMonths,
        skus: p.skus,
      });
      const doc = async (title: string) => (await this.files.upload({ buffer: placeholderPdf(title), originalname: `${title}.pdf`, size: 0 }, staff)).id;
      // Recognised since last year: the demo's sales history (DemoHistorySeeder) sells these products
      // for about 14 months, and the results report counts households only under a valid certificate.
      await this.certs.add(product, {
        type: CertificationType.ASSISTANCE,
        number: `${coop.base.township}认定〔${year - 1}〕第${String(productIds.length + 101).padStart(4, '0')}号`,
        issuer: `${coop.name.slice(0, coop.name.indexOf('县') + 1 || 4)}乡村振兴局`,
        issuingCountyCode: coop.countyCode,
        validFrom: `${year - 1}-01-01`,
        validTo: `${year + 1}-12-31`,
        linkedHouseholds: p.linkedHouseholds,
        documentFileId: await doc(`${p.name} 消费帮扶产品认定`),
      });
      for (const c of p.extraCerts) {
        await this.certs.add(product, { ...c, validFrom: `${year - 1}-01-01`, validTo: `${year + 2}-12-31`, documentFileId: await doc(`${p.name} ${c.number}`) });
      }
      await this.review.submit(product, staff.id);
      await this.review.approve(await this.products.get(product.id), operator.id);
      await this.review.list(await this.products.get(product.id), staff.id);
      productIds.push(product.id);
      await this.traceBatch(coop, p, product.id, base.id, staff, productIds.length, doc);
    }
    return { staff, productIds, baseId: base.id };
  }

  /** One traced batch per product: harvested in its season, inspected, packed and shipped. */
  private async traceBatch(coop: DemoCoop, p: DemoProduct, productId: string, baseId: string, staff: Principal, n: number, doc: (t: string) => Promise<string>) {
    const harvest = lastDayInSeason(p.saleMonths, 5);
    const batch = await this.batches.create(staff.supplierId!, staff.id, {
      productId,
      supplyBaseId: baseId,
      batchNo: `${harvest.replace(/-/g, '')}-${String(n).padStart(2, '0')}`,
      harvestDate: harvest,
      quantity: 800,
      unit: '公斤',
      inspection: {
        lab: `${coop.base.township}农产品质量安全检测站`,
        testedOn: addDays(harvest, 1),
        items: [
          { name: '农药残留（有机磷类）', result: '未检出', passed: true },
          { name: '重金属（铅）', result: '0.02 mg/kg（限量 0.1）', passed: true },
        ],
        passed: true,
        reportFileId: await doc(`${p.name} 检测报告`),
      },
      certificate: { contactPhone: coop.staff.phone, selfTested: true },
    });
    const at = (days: number, hour: number) => `${addDays(harvest, days)}T${String(hour).padStart(2, '0')}:00:00+08:00`;
    const step = (bizStep: BizStep, disposition: Disposition, eventTime: string, bizLocation: string, note: string) =>
      this.events.append(batch, staff.id, { eventType: TraceEventType.OBJECT, action: TraceAction.OBSERVE, bizStep, disposition, eventTime, readPoint: coop.base.name, bizLocation, note });
    await step(BizStep.harvesting, Disposition.active, at(0, 7), coop.base.name, `${coop.base.township}基地采收`);
    await step(BizStep.inspecting, Disposition.conformant, at(1, 10), `${coop.base.township}农产品质量安全检测站`, '抽样检测合格');
    await step(BizStep.packing, Disposition.in_progress, at(1, 15), `${coop.name}分拣包装车间`, '分级、预冷、装箱');
    await step(BizStep.shipping, Disposition.in_transit, at(2, 9), `${coop.name}分拣包装车间`, '冷链/快递发往深圳');
  }

  private async seedZones(operator: Principal): Promise<void> {
    await this.zones.create(
      { slug: 'baise-mango', name: '百色芒果季', description: '右江河谷的芒果，六月至九月当季直发。', kind: ZoneKind.RULE, rule: { countyCodes: ['451000'], keywords: ['芒果'] }, sortOrder: 10 },
      operator.id,
    );
    await this.zones.create(
      { slug: 'zhenpin', name: '圳品专区', description: '通过“圳品”评价的高品质帮扶产品。', kind: ZoneKind.RULE, rule: { certificationTypes: [CertificationType.ZHENPIN] }, sortOrder: 20 },
      operator.id,
    );
    await this.zones.create(
      { slug: 'in-season', name: '当季鲜品', description: '正当季的鲜果与时令产品。', kind: ZoneKind.RULE, rule: { inSeason: true }, sortOrder: 30 },
      operator.id,
    );
    await this.zones.generateCountyZones(operator.id);
  }
}
