import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { And, In, LessThan, LessThanOrEqual, MoreThan, MoreThanOrEqual, Repository } from 'typeorm';
import { todayInShanghai } from '../common/validators';
import { RegionsService } from '../regions/regions.service';
import { SupplierStatus } from '../suppliers/supplier.entity';
import { SuppliersService } from '../suppliers/suppliers.service';
import { Certification, CertificationReview, CertificationType, CERTIFICATION_LABELS } from './certification.entity';
import { fileUrl } from './product-views.service';
import { CATEGORY_LABELS, Product, ProductCategory, ProductStatus } from './product.entity';
import { Sku } from './sku.entity';

export interface Place {
  code: string;
  name: string;
}

/**
 * The catalog's published read model of one product the shop shows today: everything another
 * context (search) needs to find, filter, sort and list it, and nothing it would have to join.
 */
export interface ShopListing {
  id: string;
  name: string;
  category: ProductCategory;
  categoryLabel: string;
  description: string;
  minPriceFen: number;
  coverUrl: string | null;
  saleMonths: number[];
  /** `name` is the full name (广西壮族自治区百色市田东县), `shortName` the county's own (田东县). */
  county: Place & { shortName: string };
  city: Place;
  province: Place;
  /** Codes a region filter may name: the county's codes over time (田阳县 451021 → 田阳区 451003), its city and province. */
  regionCodes: string[];
  /** Approved certificates valid today (types, and their labels). */
  certifications: CertificationType[];
  certificationLabels: string[];
  supplier: { id: string; name: string };
  listedAt: string;
  /**
   * The last day of the unbroken run of approved 消费帮扶产品认定 that covers today: after it the
   * product leaves the shop whatever happens to the index, so search filters on it at query time.
   */
  visibleUntil: string;
  /** Units sold; 0 until the orders context exists and feeds it (the "sales" sort uses it). */
  salesCount: number;
}

const CHUNK = 500;
const REGION_TTL_MS = 10 * 60 * 1000;

/**
 * The shop's contents as listings, for contexts that keep their own copy (the search index). The
 * visibility rule is the one ShopService applies: LISTED ∧ supplier APPROVED ∧ an approved
 * 消费帮扶产品认定 valid today ∧ at least one SKU on sale.
 */
@Injectable()
export class ShopListings {
  private regionCache = new Map<string, { at: number; place: Promise<RegionInfo> }>();

  constructor(
    @InjectRepository(Product) private readonly products: Repository<Product>,
    @InjectRepository(Sku) private readonly skus: Repository<Sku>,
    @InjectRepository(Certification) private readonly certs: Repository<Certification>,
    private readonly regions: RegionsService,
    private readonly suppliers: SuppliersService,
  ) {}

  /** Listings of the products among `ids` that the shop shows today (all of them when `ids` is omitted). */
  async listings(ids?: string[], today = todayInShanghai()): Promise<ShopListing[]> {
    if (ids && !ids.length) return [];
    const active = new Set(await this.suppliers.activeSupplierIds());
    const products = (await this.chunked(ids, (part) => this.products.find({ where: { status: ProductStatus.LISTED, ...(part ? { id: In(part) } : {}) } }))).filter((p) =>
      active.has(p.supplierId),
    );
    if (!products.length) return [];
    const wanted = ids ? products.map((p) => p.id) : undefined;
    const [skus, certs, supplierNames] = await Promise.all([
      this.chunked(wanted, (part) => this.skus.find({ select: { productId: true, priceFen: true }, where: { enabled: true, ...(part ? { productId: In(part) } : {}) } })),
      this.chunked(wanted, (part) => this.certs.find({ where: { review: CertificationReview.APPROVED, validTo: MoreThanOrEqual(today), ...(part ? { productId: In(part) } : {}) } })),
      this.supplierNames(),
    ]);
    const minPrice = new Map<string, number>();
    for (const s of skus) minPrice.set(s.productId, Math.min(minPrice.get(s.productId) ?? Infinity, Number(s.priceFen)));
    const certsOf = groupBy(certs, (c) => c.productId);
    const out: ShopListing[] = [];
    for (const p of products) {
      const own = certsOf.get(p.id) ?? [];
      const visibleUntil = assistanceRunEnd(own, today);
      const price = minPrice.get(p.id);
      if (!visibleUntil || price === undefined) continue;
      const region = await this.region(p.originCountyCode);
      const types = [...new Set(own.filter((c) => c.validFrom <= today).map((c) => c.type))].sort();
      out.push({
        id: p.id,
        name: p.name,
        category: p.category,
        categoryLabel: CATEGORY_LABELS[p.category],
        description: p.description,
        minPriceFen: price,
        coverUrl: p.images[0] ? fileUrl(p.images[0]) : null,
        saleMonths: p.saleMonths,
        county: region.county,
        city: region.city,
        province: region.province,
        regionCodes: region.codes,
        certifications: types,
        certificationLabels: types.map((t) => CERTIFICATION_LABELS[t]),
        supplier: { id: p.supplierId, name: supplierNames.get(p.supplierId) ?? '' },
        listedAt: (p.listedAt ?? p.updatedAt).toISOString(),
        visibleUntil,
        salesCount: 0,
      });
    }
    return out;
  }

  /** Which of `ids` the shop shows today: the query-time check of the visibility rule. */
  async visibleAmong(ids: string[], today = todayInShanghai()): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const [products, valid, active] = await Promise.all([
      this.products.find({ select: { id: true, supplierId: true }, where: { id: In(ids), status: ProductStatus.LISTED } }),
      this.certs.find({
        select: { productId: true },
        where: { productId: In(ids), type: CertificationType.ASSISTANCE, review: CertificationReview.APPROVED, validFrom: LessThanOrEqual(today), validTo: MoreThanOrEqual(today) },
      }),
      this.suppliers.activeSupplierIds(),
    ]);
    const certified = new Set(valid.map((c) => c.productId));
    const admitted = new Set(active);
    const onSale = new Set((await this.skus.find({ select: { productId: true }, where: { productId: In(ids), enabled: true } })).map((s) => s.productId));
    return new Set(products.filter((p) => certified.has(p.id) && admitted.has(p.supplierId) && onSale.has(p.id)).map((p) => p.id));
  }

  /** Every product of a supplier, whatever its status (a suspension or reinstatement touches them all). */
  async productIdsOfSupplier(supplierId: string): Promise<string[]> {
    return (await this.products.find({ select: { id: true }, where: { supplierId } })).map((p) => p.id);
  }

  /**
   * Products whose approved certificates began or ended between two days (`from` exclusive, `to`
   * inclusive): what the shop shows of them changed with the date alone, without any event.
   */
  async productIdsWithValidityChange(from: string, to: string): Promise<string[]> {
    if (from >= to) return [];
    const rows = await this.certs.find({
      select: { productId: true },
      where: [
        { review: CertificationReview.APPROVED, validFrom: And(MoreThan(from), LessThanOrEqual(to)) },
        { review: CertificationReview.APPROVED, validTo: And(MoreThanOrEqual(from), LessThan(to)) },
      ],
    });
    return [...new Set(rows.map((r) => r.productId))];
  }

  private async chunked<T>(ids: string[] | undefined, run: (part: string[] | undefined) => Promise<T[]>): Promise<T[]> {
    if (!ids) return run(undefined);
    const out: T[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await run(ids.slice(i, i + CHUNK))));
    return out;
  }

  private async supplierNames(): Promise<Map<string, string>> {
    return new Map((await this.suppliers.list({ status: SupplierStatus.APPROVED })).map((s) => [s.id, s.name]));
  }

  /** Divisions are reference data: cached for a few minutes per county. */
  private region(code: string): Promise<RegionInfo> {
    const hit = this.regionCache.get(code);
    if (hit && Date.now() - hit.at < REGION_TTL_MS) return hit.place;
    const place = this.loadRegion(code);
    this.regionCache.set(code, { at: Date.now(), place });
    place.catch(() => this.regionCache.delete(code));
    return place;
  }

  private async loadRegion(code: string): Promise<RegionInfo> {
    const cityCode = `${code.slice(0, 4)}00`;
    const provinceCode = `${code.slice(0, 2)}0000`;
    const [county, city, province, chain] = await Promise.all([
      this.regions.find(code),
      this.regions.find(cityCode),
      this.regions.find(provinceCode),
      this.regions.codeChain(code),
    ]);
    return {
      county: { code, name: county?.fullName ?? code, shortName: county?.name ?? code },
      city: { code: cityCode, name: city?.name ?? cityCode },
      province: { code: provinceCode, name: province?.name ?? provinceCode },
      codes: [...new Set([...chain, cityCode, provinceCode])],
    };
  }
}

interface RegionInfo {
  county: Place & { shortName: string };
  city: Place;
  province: Place;
  codes: string[];
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The end of the unbroken run of approved assistance certificates covering `today`, or null. */
export function assistanceRunEnd(certs: Certification[], today: string): string | null {
  const spans = certs.filter((c) => c.type === CertificationType.ASSISTANCE && c.review === CertificationReview.APPROVED);
  let end: string | null = null;
  for (const c of spans) if (c.validFrom <= today && c.validTo >= today && (!end || c.validTo > end)) end = c.validTo;
  if (!end) return null;
  for (let grew = true; grew; ) {
    grew = false;
    const limit: string = nextDay(end);
    for (const c of spans) {
      if (c.validFrom <= limit && c.validTo > end) {
        end = c.validTo;
        grew = true;
      }
    }
  }
  return end;
}
