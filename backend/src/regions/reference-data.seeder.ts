import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import divisionsFile from './data/divisions.json';
import pairingsFile from './data/pairings.json';
import { Division, DivisionLevel } from './division.entity';
import { HelperUnit, HelperUnitKind } from './helper-unit.entity';
import { Pairing, PairingRole } from './pairing.entity';
import { SourceDocument } from './source-document.entity';

/** The eastern city a helper unit belongs to: the part of its name up to and including 市. */
export function cityOf(helperName: string): string {
  const i = helperName.indexOf('市');
  return i >= 0 ? helperName.slice(0, i + 1) : helperName;
}

export function kindOf(helperName: string): HelperUnitKind {
  if (/(镇|街道)$/.test(helperName)) return HelperUnitKind.TOWN;
  if (/(区|新区)$/.test(helperName)) return HelperUnitKind.DISTRICT;
  return HelperUnitKind.CITY;
}

/**
 * Reference data every installation needs (production too, unlike demo data): divisions, helper
 * units, source documents and the pairings they state, from `data/*.json` (pairings.json is the
 * project's shared/data/pairings.json). Idempotent: a source document's pairings are loaded once;
 * rows operators added or ended are never touched.
 */
@Injectable()
export class ReferenceDataSeeder {
  private readonly logger = new Logger(ReferenceDataSeeder.name);

  constructor(private readonly dataSource: DataSource) {}

  async seed(): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await this.seedDivisions(m);
      const helpers = await this.seedHelpers(m);
      await this.seedSourcesAndPairings(m, helpers);
    });
  }

  private async seedDivisions(m: EntityManager): Promise<void> {
    const existing = new Set((await m.find(Division, { select: { code: true, validFrom: true } })).map((d) => `${d.code}@${d.validFrom}`));
    const missing = divisionsFile.divisions.filter((d) => !existing.has(`${d.code}@${d.validFrom}`));
    for (const d of missing) {
      await m.save(
        m.create(Division, {
          code: d.code,
          name: d.name,
          fullName: d.fullName,
          level: d.level as DivisionLevel,
          parentCode: d.parentCode,
          validFrom: d.validFrom,
          validTo: (d as { validTo?: string }).validTo ?? null,
          successorCode: (d as { successorCode?: string }).successorCode ?? null,
        }),
      );
    }
    if (missing.length) this.logger.log(`loaded ${missing.length} administrative divisions`);
  }

  private async seedHelpers(m: EntityManager): Promise<Map<string, HelperUnit>> {
    const byName = new Map((await m.find(HelperUnit)).map((h) => [h.name, h]));
    for (const name of new Set(pairingsFile.pairings.map((p) => p.helper))) {
      if (!byName.has(name)) byName.set(name, await m.save(m.create(HelperUnit, { name, city: cityOf(name), kind: kindOf(name) })));
    }
    return byName;
  }

  private async seedSourcesAndPairings(m: EntityManager, helpers: Map<string, HelperUnit>): Promise<void> {
    for (const s of pairingsFile.sources) {
      if (await m.existsBy(SourceDocument, { id: s.id })) continue;
      await m.save(
        m.create(SourceDocument, { id: s.id, title: s.title, docNo: s.docNo, validFrom: s.validFrom, validTo: s.validTo, createdAt: new Date() }),
      );
      const rows = pairingsFile.pairings.filter((p) => p.source === s.id);
      for (const p of rows) {
        await m.save(
          m.create(Pairing, {
            helperUnitId: helpers.get(p.helper)!.id,
            countyCode: p.code,
            role: p.role === 'assist' ? PairingRole.ASSIST : PairingRole.LEAD,
            validFrom: s.validFrom,
            validTo: s.validTo,
            sourceId: s.id,
            note: (p as { note?: string }).note ?? null,
            createdById: null,
          }),
        );
      }
      this.logger.log(`loaded ${rows.length} pairings from ${s.docNo ?? s.title}`);
    }
  }
}
