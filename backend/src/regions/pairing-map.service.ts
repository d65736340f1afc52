import { Injectable } from '@nestjs/common';
import { AppError } from '../common/app-error';
import { Division, DivisionLevel } from './division.entity';
import { HelperUnit } from './helper-unit.entity';
import { Pairing } from './pairing.entity';
import { helperView } from './pairing-views';
import { CompareHelperView, MapCountyView, PairingCompareView, PairingMapView } from './pairing-map.dto';
import { PairingsService } from './pairings.service';
import { RegionsService } from './regions.service';

/**
 * The pairing map of a day (who helps whom, with prefecture and province for drawing) and the
 * comparison of two days (Shenzhen's 2017 plan against its 2021 re-pairing), read from the
 * versioned pairings — never from a snapshot.
 */
@Injectable()
export class PairingMap {
  constructor(
    private readonly pairings: PairingsService,
    private readonly regions: RegionsService,
  ) {}

  async map(date: string, city?: string): Promise<PairingMapView> {
    const helpers = await this.helpersIn(city);
    const divisions = await this.regions.list({});
    return this.build(date, city ?? null, helpers, await this.pairings.find({ date }), divisions);
  }

  async compare(a: string, b: string, city?: string): Promise<PairingCompareView> {
    const helpers = await this.helpersIn(city);
    const divisions = await this.regions.list({});
    const [mapA, mapB] = [this.build(a, city ?? null, helpers, await this.pairings.find({ date: a }), divisions), this.build(b, city ?? null, helpers, await this.pairings.find({ date: b }), divisions)];
    // A renamed county (田阳县 451021 → 田阳区 451003) is the same place on both days.
    const successor = new Map(divisions.filter((d) => d.successorCode).map((d) => [d.code, d.successorCode!]));
    const canonical = (code: string) => {
      let c = code;
      for (let i = 0; i < 10 && successor.has(c); i++) c = successor.get(c)!;
      return c;
    };
    const out: CompareHelperView[] = [];
    for (const h of helpers) {
      const inA = mapA.helperUnits.find((x) => x.helperUnit.id === h.id)?.counties ?? [];
      const inB = mapB.helperUnits.find((x) => x.helperUnit.id === h.id)?.counties ?? [];
      if (!inA.length && !inB.length) continue;
      const keysA = new Set(inA.map((c) => canonical(c.code)));
      const keysB = new Set(inB.map((c) => canonical(c.code)));
      out.push({
        helperUnit: helperView(h),
        onlyA: inA.filter((c) => !keysB.has(canonical(c.code))),
        onlyB: inB.filter((c) => !keysA.has(canonical(c.code))),
        both: inB.filter((c) => keysA.has(canonical(c.code))),
      });
    }
    return { a: mapA, b: mapB, helperUnits: out };
  }

  private async helpersIn(city?: string): Promise<HelperUnit[]> {
    const all = await this.pairings.listHelpers();
    if (!city) return all;
    const helpers = all.filter((h) => h.city === city);
    if (!helpers.length) {
      const cities = [...new Set(all.map((h) => h.city))].join('、');
      throw AppError.badRequest('UNKNOWN_CITY', `没有名为「${city}」的帮扶城市（可选：${cities}）`);
    }
    return helpers;
  }

  private build(date: string, city: string | null, helpers: HelperUnit[], rows: Pairing[], divisions: Division[]): PairingMapView {
    const on = (code: string | null): Division | null => {
      if (!code) return null;
      const versions = divisions.filter((d) => d.code === code);
      return versions.find((d) => d.validFrom <= date && (d.validTo === null || d.validTo >= date)) ?? versions.at(-1) ?? null;
    };
    const ref = (d: Division | null) => (d ? { code: d.code, name: d.name } : null);
    const county = (p: Pairing): MapCountyView => {
      const d = on(p.countyCode);
      const parent = on(d?.parentCode ?? null);
      const prefecture = d?.level === DivisionLevel.CITY ? d : parent;
      const province = d?.level === DivisionLevel.CITY ? parent : on(parent?.parentCode ?? null);
      return {
        pairingId: p.id,
        code: p.countyCode,
        name: d?.name ?? p.countyCode,
        fullName: d?.fullName ?? p.countyCode,
        level: d?.level ?? DivisionLevel.COUNTY,
        prefecture: ref(prefecture),
        province: ref(province),
        role: p.role,
        validFrom: p.validFrom,
        validTo: p.validTo,
        sourceId: p.sourceId,
      };
    };
    const helperUnits = helpers
      .map((h) => ({ helperUnit: helperView(h), counties: rows.filter((p) => p.helperUnitId === h.id).map(county).sort((x, y) => x.code.localeCompare(y.code)) }))
      .filter((x) => x.counties.length > 0);
    const countyCount = new Set(helperUnits.flatMap((x) => x.counties.map((c) => c.code))).size;
    return { date, city, helperUnitCount: helperUnits.length, countyCount, helperUnits };
  }
}
