import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppError } from '../common/app-error';
import { isUniqueViolation } from '../database/dialect';
import { todayInShanghai } from '../common/validators';
import { PairingsService } from '../regions/pairings.service';
import { RegionsService } from '../regions/regions.service';
import { CertificationsService } from './certifications.service';
import { ProductViews } from './product-views.service';
import { Product } from './product.entity';
import { ShopService } from './shop.service';
import { CreateZoneDto, UpdateZoneDto, ZoneView } from './zone.dto';
import { Zone, ZoneKind, ZoneRule } from './zone.entity';

export const zoneView = (z: Zone): ZoneView => ({
  id: z.id,
  slug: z.slug,
  name: z.name,
  description: z.description,
  kind: z.kind,
  rule: z.rule,
  productIds: z.productIds,
  active: z.active,
  sortOrder: z.sortOrder,
});

/** Curated zones (专区/专馆): by rule or by hand; a zone only ever shows what the shop may show. */
@Injectable()
export class ZonesService {
  constructor(
    @InjectRepository(Zone) private readonly zones: Repository<Zone>,
    private readonly shop: ShopService,
    private readonly views: ProductViews,
    private readonly certs: CertificationsService,
    private readonly pairings: PairingsService,
    private readonly regions: RegionsService,
  ) {}

  list(activeOnly: boolean): Promise<Zone[]> {
    return this.zones.find({ where: activeOnly ? { active: true } : {}, order: { sortOrder: 'ASC', name: 'ASC' } });
  }

  async bySlug(slug: string, activeOnly: boolean): Promise<Zone> {
    const z = await this.zones.findOneBy({ slug });
    if (!z || (activeOnly && !z.active)) throw AppError.notFound('专区');
    return z;
  }

  async get(id: string): Promise<Zone> {
    const z = await this.zones.findOneBy({ id });
    if (!z) throw AppError.notFound('专区');
    return z;
  }

  async create(dto: CreateZoneDto, actorId: string): Promise<Zone> {
    this.checkShape(dto.kind, dto.rule, dto.productIds);
    try {
      return await this.zones.save(
        this.zones.create({
          slug: dto.slug,
          name: dto.name,
          description: dto.description,
          kind: dto.kind,
          rule: dto.kind === ZoneKind.RULE ? (dto.rule ?? {}) : null,
          productIds: dto.kind === ZoneKind.MANUAL ? (dto.productIds ?? []) : [],
          active: dto.active ?? true,
          sortOrder: dto.sortOrder ?? 100,
          createdById: actorId,
        }),
      );
    } catch (err) {
      if (isUniqueViolation(err)) throw AppError.conflict('ZONE_EXISTS', '该专区标识已存在');
      throw err;
    }
  }

  async update(id: string, dto: UpdateZoneDto): Promise<Zone> {
    const zone = await this.get(id);
    if (dto.rule !== undefined && zone.kind !== ZoneKind.RULE) throw AppError.badRequest('ZONE_KIND_MISMATCH', '手选专区不能设置规则');
    if (dto.productIds !== undefined && zone.kind !== ZoneKind.MANUAL) throw AppError.badRequest('ZONE_KIND_MISMATCH', '规则专区不能手选商品');
    Object.assign(zone, dto);
    return this.zones.save(zone);
  }

  async remove(id: string): Promise<void> {
    await this.zones.delete({ id: (await this.get(id)).id });
  }

  /** The products a zone shows today, in the order of the shop (newest listing first). */
  async productsOf(zone: Zone): Promise<Product[]> {
    const visible = await this.shop.visibleProducts();
    if (zone.kind === ZoneKind.MANUAL) {
      const byId = new Map(visible.map((p) => [p.id, p]));
      return zone.productIds.map((id) => byId.get(id)).filter((p): p is Product => !!p);
    }
    return this.applyRule(zone.rule ?? {}, visible);
  }

  /**
   * One hall (县域馆) per county paired today, created once each: operators can rename, curate or
   * deactivate them afterwards. Idempotent.
   */
  async generateCountyZones(actorId: string): Promise<{ created: number; zones: Zone[] }> {
    const today = todayInShanghai();
    const codes = [...new Set((await this.pairings.find({ date: today })).map((p) => p.countyCode))];
    let created = 0;
    const out: Zone[] = [];
    for (const code of codes.sort()) {
      const slug = `county-${code}`;
      const existing = await this.zones.findOneBy({ slug });
      if (existing) {
        out.push(existing);
        continue;
      }
      const d = await this.regions.find(code, today);
      const name = `${d?.name ?? code}馆`;
      out.push(
        await this.zones.save(
          this.zones.create({
            slug,
            name,
            description: `${d?.fullName ?? code}的消费帮扶产品`,
            kind: ZoneKind.RULE,
            rule: { countyCodes: [code] },
            productIds: [],
            active: true,
            sortOrder: 500,
            createdById: actorId,
          }),
        ),
      );
      created++;
    }
    return { created, zones: out };
  }

  private async applyRule(rule: ZoneRule, products: Product[]): Promise<Product[]> {
    const today = todayInShanghai();
    const month = Number(today.slice(5, 7));
    let counties: Set<string> | null = rule.countyCodes?.length ? new Set(rule.countyCodes) : null;
    if (rule.helperUnitId) {
      const paired = (await this.pairings.countiesOf(rule.helperUnitId, today)).map((p) => p.countyCode);
      counties = new Set([...(counties ?? []), ...paired]);
    }
    const certs = rule.certificationTypes?.length ? await this.certs.forProducts(products.map((p) => p.id), { approvedOnly: true, validOn: today }) : [];
    return products.filter(
      (p) =>
        // A prefecture code in the rule covers its counties (广州 pairs with 黔南州 as a whole).
        (!counties || counties.has(p.originCountyCode) || counties.has(`${p.originCountyCode.slice(0, 4)}00`)) &&
        (!rule.categories?.length || rule.categories.includes(p.category)) &&
        (!rule.inSeason || p.saleMonths.includes(month)) &&
        (!rule.keywords?.length || rule.keywords.some((k) => p.name.includes(k))) &&
        (!rule.certificationTypes?.length || certs.some((c) => c.productId === p.id && rule.certificationTypes!.includes(c.type))),
    );
  }

  private checkShape(kind: ZoneKind, rule?: ZoneRule, productIds?: string[]): void {
    if (kind === ZoneKind.RULE && productIds?.length) throw AppError.badRequest('ZONE_KIND_MISMATCH', '规则专区不能手选商品');
    if (kind === ZoneKind.MANUAL && rule) throw AppError.badRequest('ZONE_KIND_MISMATCH', '手选专区不能设置规则');
  }

  summaries(products: Product[]) {
    return this.views.summaries(products);
  }
}
