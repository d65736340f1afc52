import { Injectable } from '@nestjs/common';
import { DivisionView, HelperUnitView, PairingView } from './dto';
import { Division } from './division.entity';
import { HelperUnit } from './helper-unit.entity';
import { Pairing } from './pairing.entity';
import { PairingsService } from './pairings.service';
import { RegionsService } from './regions.service';

export const helperView = (h: HelperUnit): HelperUnitView => ({ id: h.id, name: h.name, city: h.city, kind: h.kind });

export const divisionView = (d: Division): DivisionView => ({
  code: d.code,
  name: d.name,
  fullName: d.fullName,
  level: d.level,
  parentCode: d.parentCode,
  validFrom: d.validFrom,
  validTo: d.validTo,
  successorCode: d.successorCode,
});

/** Builds pairing views in a fixed number of queries, naming each county as it was called then. */
@Injectable()
export class PairingViews {
  constructor(
    private readonly pairings: PairingsService,
    private readonly regions: RegionsService,
  ) {}

  async build(rows: Pairing[]): Promise<PairingView[]> {
    const [helpers, sources, divisions] = await Promise.all([
      this.pairings.helperMap(rows),
      this.pairings.sourceMap(rows),
      this.regions.list({}),
    ]);
    const nameOn = (code: string, date: string) => {
      const versions = divisions.filter((d) => d.code === code);
      const then = versions.find((d) => d.validFrom <= date && (d.validTo === null || d.validTo >= date)) ?? versions.at(-1);
      return then?.fullName ?? code;
    };
    return rows.map((p) => {
      const s = sources.get(p.sourceId)!;
      return {
        id: p.id,
        helperUnit: helperView(helpers.get(p.helperUnitId)!),
        county: { code: p.countyCode, name: nameOn(p.countyCode, p.validFrom) },
        role: p.role,
        validFrom: p.validFrom,
        validTo: p.validTo,
        source: { id: s.id, title: s.title, docNo: s.docNo },
        note: p.note,
        endedReason: p.endedReason,
        endedAt: p.endedAt ? p.endedAt.toISOString() : null,
      };
    });
  }
}
