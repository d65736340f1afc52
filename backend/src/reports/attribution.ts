import { DataSource } from 'typeorm';
import { Division, DivisionLevel } from '../regions/division.entity';
import { PairingRole } from '../regions/pairing.entity';
import { PairingsService } from '../regions/pairings.service';

export interface CountyAttribution {
  countyCode: string;
  prefectureCode: string;
  provinceCode: string;
}

/**
 * Where a sale belongs: the origin county under its current code, its prefecture and province, and
 * the helper unit paired with it on the day of sale. One instance serves one handler call or one
 * rebuild, caching divisions and (county, day) answers.
 *
 * The helper of a sale: among the pairings valid that day (PairingsService.helpersOf follows code
 * changes and prefecture-wide pairings) a LEAD pairing beats an ASSIST one, a pairing with the
 * county itself beats one with its whole prefecture, then the most recent pairing, then the helper's
 * name — so a county with a lead town and assisting towns (东莞–昭通) is attributed to its lead.
 */
export class Attribution {
  private divisions: Map<string, Division> | null = null;
  private readonly helpers = new Map<string, Promise<{ id: string; city: string } | null>>();

  constructor(
    private readonly ds: DataSource,
    private readonly pairings: PairingsService,
  ) {}

  private async load(): Promise<Map<string, Division>> {
    if (!this.divisions) {
      const rows = await this.ds.getRepository(Division).find({ order: { validFrom: 'ASC' } });
      this.divisions = new Map(rows.map((d) => [d.code, d])); // latest version of each code wins
    }
    return this.divisions;
  }

  async county(code: string): Promise<CountyAttribution> {
    const all = await this.load();
    let current = code;
    const seen = new Set<string>();
    while (all.get(current)?.successorCode && !seen.has(current)) {
      seen.add(current);
      current = all.get(current)!.successorCode!;
    }
    const d = all.get(current);
    const prefectureCode = d?.level === DivisionLevel.COUNTY && d.parentCode ? d.parentCode : d?.level === DivisionLevel.CITY ? current : `${current.slice(0, 4)}00`;
    const provinceCode = all.get(prefectureCode)?.parentCode ?? `${current.slice(0, 2)}0000`;
    return { countyCode: current, prefectureCode, provinceCode };
  }

  helper(countyCode: string, date: string): Promise<{ id: string; city: string } | null> {
    const key = `${countyCode}|${date}`;
    let hit = this.helpers.get(key);
    if (!hit) {
      hit = this.pairings.helpersOf(countyCode, date).then((rows) => {
        const rank = (r: (typeof rows)[number]) => [r.pairing.role === PairingRole.LEAD ? 0 : 1, r.pairing.countyCode.endsWith('00') ? 1 : 0];
        const best = [...rows].sort((a, b) => {
          const [ra, rb] = [rank(a), rank(b)];
          return ra[0] - rb[0] || ra[1] - rb[1] || b.pairing.validFrom.localeCompare(a.pairing.validFrom) || a.helper.name.localeCompare(b.helper.name);
        })[0];
        return best ? { id: best.helper.id, city: best.helper.city } : null;
      });
      this.helpers.set(key, hit);
    }
    return hit;
  }
}
