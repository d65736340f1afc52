import dayjs, { type Dayjs } from 'dayjs';
import type { CreateBaseBody, SupplyBase } from './api';

export interface BaseCertValues {
  type: CreateBaseBody['certifications'][number]['type'];
  number: string;
  period: [Dayjs, Dayjs];
  fileId?: string | null;
}

export interface BaseValues {
  name: string;
  countyCode: string;
  township: string;
  latitude: number;
  longitude: number;
  areaMu: number;
  baseType: CreateBaseBody['baseType'];
  products: string[];
  certifications: BaseCertValues[];
  soilTestedOn?: Dayjs | null;
  waterTestedOn?: Dayjs | null;
}

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

export function toBaseBody(v: BaseValues): CreateBaseBody {
  return {
    name: v.name.trim(),
    countyCode: v.countyCode,
    township: v.township.trim(),
    latitude: Number(v.latitude),
    longitude: Number(v.longitude),
    areaMu: Number(v.areaMu),
    baseType: v.baseType,
    products: v.products.map((p) => p.trim()).filter(Boolean),
    certifications: (v.certifications ?? []).map((c) => ({
      type: c.type,
      number: c.number.trim(),
      validFrom: day(c.period[0]),
      validTo: day(c.period[1]),
      ...(c.fileId ? { fileId: c.fileId } : {}),
    })),
    ...(v.soilTestedOn ? { soilTestedOn: day(v.soilTestedOn) } : {}),
    ...(v.waterTestedOn ? { waterTestedOn: day(v.waterTestedOn) } : {}),
  };
}

export function fromBase(b: SupplyBase): BaseValues {
  return {
    name: b.name,
    countyCode: b.countyCode,
    township: b.township,
    latitude: b.latitude,
    longitude: b.longitude,
    areaMu: b.areaMu,
    baseType: b.baseType,
    products: b.products,
    certifications: b.certifications.map((c) => ({ type: c.type, number: c.number, period: [dayjs(c.validFrom), dayjs(c.validTo)], fileId: c.fileId })),
    soilTestedOn: b.soilTestedOn ? dayjs(b.soilTestedOn) : null,
    waterTestedOn: b.waterTestedOn ? dayjs(b.waterTestedOn) : null,
  };
}

/**
 * The API wants `certifications.0.validFrom`; the form holds both dates in one range picker.
 * Field errors are mapped onto the picker.
 */
export function baseErrorRename(errors: Record<string, string>): Record<string, string> {
  const rename: Record<string, string> = {};
  for (const f of Object.keys(errors)) {
    const m = /^certifications\.(\d+)\.valid(From|To)$/.exec(f);
    if (m) rename[f] = `certifications.${m[1]}.period`;
  }
  return rename;
}
