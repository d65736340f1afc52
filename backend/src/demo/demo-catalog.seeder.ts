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
import { Role } from '../identity/role';
import { toPrincipal, UsersService } from '../identity/users.service';
import { PairingRole } from '../regions/pairing.entity';
import { PairingsService } from '../regions/pairings.service';
import { SuppliersService } from '../suppliers/suppliers.service';
import { SupplyBasesService } from '../suppliers/supply-bases.service';
import { DEMO_CONTINUED_PAIRINGS, DEMO_COOPS, DEMO_PAIRING_SOURCE, DemoCoop } from './demo-catalog.data';
import { placeholderPdf, placeholderPng } from './placeholder-png';

export const withCheckChar = (first17: string) => first17 + creditCodeCheckChar(first17);

/**
 * Loads the demo co-ops through the same services the API uses: admitted supplier, staff account,
 * verified supply base, products with certificates that go through submit → approve → list, and
 * zones. Returns the staff principal of each co-op by key, for later demo steps (batches).
 */
@Injectable()
export class DemoCatalogSeeder {
  constructor(
    private readonly users: UsersService,
    private readonly suppliers: SuppliersService,
    private readonly bases: SupplyBasesService,
    private readonly files: FilesService,
    private readonly products: ProductsService,
    private readonly certs: CertificationsService,
    private readonly review: ProductReviewService,
    private readonly zones: ZonesService,
    private readonly pairings: PairingsService,
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
    const supplier = await this.suppliers.createAdmitted({ name: coop.name, creditCode: withCheckChar(coop.first17), countyCode: coop.countyCode }, actor);
    const staff = toPrincipal(
      (await this.users.findByPhone(coop.staff.phone)) ??
        (await this.users.create({ phone: coop.staff.phone, name: coop.staff.name, password, roles: [Role.SUPPLIER_STAFF], supplierId: supplier.id })),
    );
    const year = Number(todayInShanghai().slice(0, 4));
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
      await this.certs.add(product, {
        type: CertificationType.ASSISTANCE,
        number: `${coop.base.township}认定〔${year}〕第${String(productIds.length + 101).padStart(4, '0')}号`,
        issuer: `${coop.name.slice(0, coop.name.indexOf('县') + 1 || 4)}乡村振兴局`,
        issuingCountyCode: coop.countyCode,
        validFrom: `${year}-01-01`,
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
    }
    return { staff, productIds, baseId: base.id };
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
