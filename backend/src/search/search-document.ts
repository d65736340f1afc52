import { ShopListing } from '../catalog/shop-listings.service';
import { SearchDocument } from './search-engine';
import { dayNumber } from './search-engine';
import { isHan, pinyinTokens, runs } from './text';

/** The engines' document for a catalog listing (pinyin and tails computed here, once, for both). */
export function toSearchDocument(l: ShopListing): SearchDocument {
  const placeText = `${l.county.shortName} ${l.city.name}`;
  return {
    id: l.id,
    name: l.name,
    category: l.category,
    categoryLabel: l.categoryLabel,
    description: l.description,
    minPriceFen: l.minPriceFen,
    coverUrl: l.coverUrl,
    saleMonths: l.saleMonths,
    countyCode: l.county.code,
    countyName: l.county.name,
    countyShort: l.county.shortName,
    cityName: l.city.name,
    provinceName: l.province.name,
    regionCodes: l.regionCodes,
    countyFacet: `${l.county.code}|${l.county.name}`,
    cityFacet: `${l.city.code}|${l.city.name}`,
    provinceFacet: `${l.province.code}|${l.province.name}`,
    certifications: l.certifications,
    // Every product holds 消费帮扶产品认定: its short form keeps it findable without eight suffix tokens per product.
    tags: [l.categoryLabel, ...l.certificationLabels.map((c) => (c === '消费帮扶产品认定' ? '消费帮扶' : c))].join(' '),
    supplierId: l.supplier.id,
    supplierName: l.supplier.name,
    pinyin: [...new Set([...pinyinTokens(l.name), ...pinyinTokens(placeText)])].join(' '),
    tails: tails(l.name).join(' '),
    listedAt: Date.parse(l.listedAt),
    visibleUntil: dayNumber(l.visibleUntil),
    salesCount: l.salesCount,
  };
}

function tails(text: string): string[] {
  const out: string[] = [];
  for (const run of runs(text)) {
    if (!isHan(run)) continue;
    const chars = [...run];
    for (let i = 1; i < chars.length; i++) out.push(chars.slice(i).join(''));
  }
  return out;
}
