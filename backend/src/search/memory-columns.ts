import { CertificationType } from '../catalog/certification.entity';
import { ProductCategory } from '../catalog/product.entity';
import { emptyFacets, FacetName, SearchDocument, SearchFilters } from './search-engine';
import { normalize, pinyinTokens } from './text';

const ETHNIC = '壮|瑶|苗|布依|侗|毛南|仫佬|彝|回|土家|水|仡佬|白|哈尼|傣|傈僳|藏|蒙古|维吾尔|黎|羌|纳西|景颇|拉祜|佤|京|哈萨克|朝鲜|满|畲|土|撒拉|独龙|怒|普米';
const PLACE_SUFFIX = new RegExp(`(?:(?:${ETHNIC})族)*(?:自治区|自治州|自治县|特别行政区|省|市|县|区|州|盟|旗)$`, 'u');

/** The names a place is typed as: full, without its suffix (≥ 2 characters), and that in pinyin. */
export function placeKeys(name: string): string[] {
  const full = normalize(name);
  const short = full.replace(PLACE_SUFFIX, '');
  const keys = [full];
  if ([...short].length >= 2 && short !== full) keys.push(short);
  const pinyin = pinyinTokens(short)[0];
  if (pinyin && pinyin.length >= 4) keys.push(pinyin);
  return keys;
}

const CATEGORIES = Object.values(ProductCategory);
const CERTS = Object.values(CertificationType);

/** Strings ↔ small integers, so per-document values fit typed arrays. */
class Vocabulary {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
}

/**
 * The filterable and sortable values of the in-process engine's documents, by slot, in typed
 * arrays: a filter or a facet count over 100,000 documents reads a few contiguous arrays instead of
 * chasing 100,000 objects (which costs tens of milliseconds on these machines).
 */
export class Columns {
  capacity = 0;
  size = 0;
  docs: (SearchDocument | undefined)[] = [];
  alive = new Uint8Array(0);
  price = new Int32Array(0);
  visibleUntil = new Int32Array(0);
  listedAt = new Float64Array(0);
  sales = new Int32Array(0);
  category = new Uint8Array(0);
  certs = new Uint8Array(0);
  months = new Uint16Array(0);
  county = new Int32Array(0);
  /** The smallest visibleUntil stored (a lower bound: not raised when documents go). */
  minVisibleUntil = Infinity;
  /** Per county id: its facet keys (county, city, province ids) and its region codes. */
  readonly counties = new Vocabulary();
  readonly cities = new Vocabulary();
  readonly provinces = new Vocabulary();
  private countyInfo: { city: number; province: number; codes: string[]; names: string[] }[] = [];
  private placeIndex: Map<string, number[]> | null = null;

  put(slot: number, d: SearchDocument): void {
    if (slot >= this.capacity) this.grow(Math.max(slot + 1, this.capacity * 2, 1024));
    this.size = Math.max(this.size, slot + 1);
    this.docs[slot] = d;
    this.alive[slot] = 1;
    this.price[slot] = d.minPriceFen;
    this.visibleUntil[slot] = d.visibleUntil;
    this.minVisibleUntil = Math.min(this.minVisibleUntil, d.visibleUntil);
    this.listedAt[slot] = d.listedAt;
    this.sales[slot] = d.salesCount;
    this.category[slot] = CATEGORIES.indexOf(d.category);
    this.certs[slot] = d.certifications.reduce((m, c) => m | (1 << CERTS.indexOf(c)), 0);
    this.months[slot] = d.saleMonths.reduce((m, month) => m | (1 << month), 0);
    const county = this.counties.id(d.countyFacet);
    this.county[slot] = county;
    if (!this.countyInfo[county]) {
      this.countyInfo[county] = { city: this.cities.id(d.cityFacet), province: this.provinces.id(d.provinceFacet), codes: d.regionCodes, names: [d.countyShort, d.cityName, d.provinceName] };
      this.placeIndex = null;
    }
  }

  kill(slot: number): void {
    this.alive[slot] = 0;
    this.docs[slot] = undefined;
  }

  private grow(capacity: number): void {
    const copy = <T extends { set(a: T): void }>(make: (n: number) => T, old: T) => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.alive = copy((n) => new Uint8Array(n), this.alive);
    this.price = copy((n) => new Int32Array(n), this.price);
    this.visibleUntil = copy((n) => new Int32Array(n), this.visibleUntil);
    this.listedAt = copy((n) => new Float64Array(n), this.listedAt);
    this.sales = copy((n) => new Int32Array(n), this.sales);
    this.category = copy((n) => new Uint8Array(n), this.category);
    this.certs = copy((n) => new Uint8Array(n), this.certs);
    this.months = copy((n) => new Uint16Array(n), this.months);
    this.county = copy((n) => new Int32Array(n), this.county);
    this.capacity = capacity;
  }

  /**
   * The county ids a query word names, or undefined: a county, city or province name, in full
   * (田东县, 黔南布依族苗族自治州), without its suffix (田东, 黔南, 巴马, 广西) or in pinyin (tiandong, bama).
   */
  placeCounties(word: string): number[] | undefined {
    if (!this.placeIndex) {
      const index = new Map<string, number[]>();
      this.countyInfo.forEach((info, id) => {
        for (const name of info.names) for (const key of placeKeys(name)) index.set(key, [...(index.get(key) ?? []), id]);
      });
      this.placeIndex = index;
    }
    return this.placeIndex.get(word);
  }

  /** True when the filter lets every live document through (the text index needs no per-posting test then). */
  passesAll(f: SearchFilters, counties?: number[][]): boolean {
    return (
      this.minVisibleUntil >= f.visibleOn && !f.category && !f.certification && !f.saleMonth && f.minPriceFen === undefined && f.maxPriceFen === undefined && !f.regionCode && !f.anyRegionCodes && !counties?.length
    );
  }

  /** The filter as a test of a slot (liveness included); `counties` further limits to these county ids. */
  predicate(f: SearchFilters, counties?: number[][]): (slot: number) => boolean {
    const { alive, visibleUntil, category, certs, months, price, county } = this;
    const visibleOn = f.visibleOn;
    const cat = f.category ? CATEGORIES.indexOf(f.category) : -1;
    const certBit = f.certification ? 1 << CERTS.indexOf(f.certification) : 0;
    const monthBit = f.saleMonth ? 1 << f.saleMonth : 0;
    const min = f.minPriceFen ?? -1;
    const max = f.maxPriceFen ?? 2 ** 31 - 1;
    // Region filters are answered per county once, then looked up by the slot's county id.
    let countyOk: Uint8Array | null = null;
    if (f.regionCode || f.anyRegionCodes || counties?.length) {
      const any = f.anyRegionCodes ? new Set(f.anyRegionCodes) : null;
      countyOk = new Uint8Array(this.countyInfo.length);
      this.countyInfo.forEach((c, id) => {
        const named = (counties ?? []).every((ids) => ids.includes(id));
        countyOk![id] = named && (!f.regionCode || c.codes.includes(f.regionCode)) && (!any || c.codes.some((x) => any.has(x))) ? 1 : 0;
      });
    }
    return (s) =>
      alive[s] === 1 &&
      visibleUntil[s] >= visibleOn &&
      (cat < 0 || category[s] === cat) &&
      (certBit === 0 || (certs[s] & certBit) !== 0) &&
      (monthBit === 0 || (months[s] & monthBit) !== 0) &&
      price[s] >= min &&
      price[s] <= max &&
      (countyOk === null || countyOk[county[s]] === 1);
  }

  /** Facet counts over the matching slots. */
  facets(slots: ArrayLike<number>, count: number): Record<FacetName, Record<string, number>> {
    const cat = new Int32Array(CATEGORIES.length);
    const cert = new Int32Array(CERTS.length);
    const byCounty = new Int32Array(this.counties.values.length);
    // Certificates are counted per combination (a handful occur), then spread over their bits.
    const byCerts = new Int32Array(1 << CERTS.length);
    const { category, certs, county } = this;
    for (let i = 0; i < count; i++) {
      const s = slots[i];
      cat[category[s]]++;
      byCerts[certs[s]]++;
      byCounty[county[s]]++;
    }
    byCerts.forEach((n, bits) => {
      if (n) for (let b = 0; b < CERTS.length; b++) if (bits & (1 << b)) cert[b] += n;
    });
    const out = emptyFacets();
    cat.forEach((n, i) => n && (out.category[CATEGORIES[i]] = n));
    cert.forEach((n, i) => n && (out.certifications[CERTS[i]] = n));
    byCounty.forEach((n, id) => {
      if (!n) return;
      const info = this.countyInfo[id];
      const add = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + n);
      add(out.countyFacet, this.counties.values[id]);
      add(out.cityFacet, this.cities.values[info.city]);
      add(out.provinceFacet, this.provinces.values[info.province]);
    });
    return out;
  }
}
