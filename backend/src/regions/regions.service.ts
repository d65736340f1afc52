import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppError } from '../common/app-error';
import { Division, DivisionLevel } from './division.entity';

/** Administrative divisions: lookups by code and date, and the code chains of renamed counties. */
@Injectable()
export class RegionsService {
  constructor(@InjectRepository(Division) private readonly divisions: Repository<Division>) {}

  list(filter: { parentCode?: string; level?: DivisionLevel }): Promise<Division[]> {
    return this.divisions.find({ where: { ...filter }, order: { code: 'ASC', validFrom: 'ASC' } });
  }

  /** The division as it stood on `date` (its latest version when no date is given), or null. */
  async find(code: string, date?: string): Promise<Division | null> {
    const versions = await this.divisions.find({ where: { code }, order: { validFrom: 'DESC' } });
    if (!date) return versions[0] ?? null;
    return versions.find((d) => d.validFrom <= date && (d.validTo === null || d.validTo >= date)) ?? null;
  }

  async requireDivision(code: string, date?: string): Promise<Division> {
    const d = await this.find(code, date);
    if (!d) throw AppError.badRequest('UNKNOWN_DIVISION', `行政区划代码 ${code} 不存在`);
    return d;
  }

  /**
   * Every code that names the same place over time (田阳县 451021 → 田阳区 451003), so a pairing made
   * under an old code still applies to the renamed county, and the other way round.
   */
  async codeChain(code: string): Promise<string[]> {
    const all = await this.divisions.find({ select: { code: true, successorCode: true } });
    const chain = new Set([code]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const d of all) {
        if (d.successorCode && chain.has(d.code) !== chain.has(d.successorCode)) {
          chain.add(d.code);
          chain.add(d.successorCode);
          grew = true;
        }
      }
    }
    return [...chain];
  }
}
