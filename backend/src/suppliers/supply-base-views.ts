import { BaseCertificationView, SupplyBaseView } from './base-dto';
import { BaseCertification, SupplyBase } from './supply-base.entity';

/** Soil and water tests count for two years (供深基地 rule). */
export function testsCurrent(b: Pick<SupplyBase, 'soilTestedOn' | 'waterTestedOn'>, today: string): boolean {
  const twoYearsAgo = `${Number(today.slice(0, 4)) - 2}${today.slice(4)}`;
  return [b.soilTestedOn, b.waterTestedOn].every((d) => d !== null && d >= twoYearsAgo && d <= today);
}

const certView = (c: BaseCertification, today: string): BaseCertificationView => ({
  type: c.type,
  number: c.number,
  validFrom: c.validFrom,
  validTo: c.validTo,
  fileId: c.fileId ?? null,
  current: c.validFrom <= today && today <= c.validTo,
});

export function supplyBaseView(b: SupplyBase, countyName: string | null, today: string): SupplyBaseView {
  return {
    id: b.id,
    supplierId: b.supplierId,
    name: b.name,
    countyCode: b.countyCode,
    countyName,
    township: b.township,
    latitude: b.latitudeE6 / 1e6,
    longitude: b.longitudeE6 / 1e6,
    areaMu: b.areaCentiMu / 100,
    baseType: b.baseType,
    products: b.products,
    certifications: b.certifications.map((c) => certView(c, today)),
    soilTestedOn: b.soilTestedOn,
    waterTestedOn: b.waterTestedOn,
    testsCurrent: testsCurrent(b, today),
    status: b.status,
    statusReason: b.statusReason,
    reviewedAt: b.reviewedAt ? b.reviewedAt.toISOString() : null,
    updatedAt: b.updatedAt.toISOString(),
  };
}
