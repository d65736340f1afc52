import { DataSource, In } from 'typeorm';
import { Division } from '../regions/division.entity';
import { HelperUnit } from '../regions/helper-unit.entity';

/** Display names of codes and helper units, looked up after aggregation (small dimension tables). */
export async function divisionNames(ds: DataSource, codes: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(codes.filter(Boolean))];
  if (!unique.length) return new Map();
  const rows = await ds.getRepository(Division).find({ where: { code: In(unique) }, order: { validFrom: 'ASC' } });
  // The latest version of each code wins (rows come oldest first).
  return new Map(rows.map((d) => [d.code, d.name]));
}

export async function helperUnits(ds: DataSource, ids: (string | null)[]): Promise<Map<string, HelperUnit>> {
  const unique = [...new Set(ids.filter((i): i is string => !!i))];
  if (!unique.length) return new Map();
  const rows = await ds.getRepository(HelperUnit).findBy({ id: In(unique) });
  return new Map(rows.map((h) => [h.id, h]));
}
