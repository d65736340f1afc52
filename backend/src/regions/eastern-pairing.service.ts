import { Injectable } from '@nestjs/common';
import { HelperUnit, HelperUnitKind } from './helper-unit.entity';
import { PairingsService } from './pairings.service';
import { RegionsService } from './regions.service';

/**
 * Pairings seen from an eastern division (where an agency sits): is western county X paired with
 * it on day D? A district (440304 福田区) is its helper unit 深圳市福田区 plus whatever its city
 * (深圳市) pairs as a whole; a city-level division (440300) is paired with every county any of its
 * helper units pairs. Code changes and prefecture-wide pairings are followed by PairingsService.
 */
@Injectable()
export class EasternPairing {
  constructor(
    private readonly regions: RegionsService,
    private readonly pairings: PairingsService,
  ) {}

  /** The helper units that speak for an eastern division on a date: their pairings count for it. */
  async matcher(divisionCode: string, date: string): Promise<(helper: HelperUnit) => boolean> {
    const division = await this.regions.find(divisionCode, date);
    if (!division) return () => false;
    if (division.level === 'CITY') return (h) => h.city === division.name;
    const city = division.parentCode ? await this.regions.find(division.parentCode, date) : null;
    const cityName = city?.name ?? '';
    const unitName = `${cityName}${division.name}`;
    return (h) => h.name === unitName || (h.kind === HelperUnitKind.CITY && h.city === cityName);
  }

  /** Whether the western county was paired with the eastern division on the date (YYYY-MM-DD). */
  async isPaired(divisionCode: string, countyCode: string, date: string): Promise<boolean> {
    const matches = await this.matcher(divisionCode, date);
    return (await this.pairings.helpersOf(countyCode, date)).some(({ helper }) => matches(helper));
  }
}
