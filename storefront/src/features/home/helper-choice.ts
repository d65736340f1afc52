import type { HelperUnit } from '../regions/api';

/** The eastern cities whose helper units the home page offers. */
export const HELPER_CITIES = ['深圳市', '广州市', '东莞市'] as const;
export type HelperCity = (typeof HELPER_CITIES)[number];

export interface HelperChoice {
  city: HelperCity;
  unitId?: string;
}

const KEY = 'bangfu.storefront.helper';

/** The visitor's city and helper unit, remembered in this browser only (no account needed). */
export function loadHelperChoice(storage: Pick<Storage, 'getItem'> | undefined = safeStorage()): HelperChoice | undefined {
  try {
    const v = JSON.parse(storage?.getItem(KEY) ?? 'null') as HelperChoice | null;
    if (v && HELPER_CITIES.includes(v.city)) return { city: v.city, ...(typeof v.unitId === 'string' && { unitId: v.unitId }) };
  } catch {
    /* unreadable: start over */
  }
  return undefined;
}

export function saveHelperChoice(choice: HelperChoice, storage: Pick<Storage, 'setItem'> | undefined = safeStorage()) {
  try {
    storage?.setItem(KEY, JSON.stringify(choice));
  } catch {
    /* private mode or full: the choice lasts for this visit */
  }
}

function safeStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * A city's helper units to choose from: the city itself when it pairs as a whole (广州市), its
 * districts and towns otherwise, by name. Superseded names (光明新区 → 光明区) are left to the
 * API's pairings: a unit with no pairing today simply shows no products.
 */
export function unitsOfCity(units: HelperUnit[], city: HelperCity): HelperUnit[] {
  return units.filter((u) => u.city === city).sort((a, b) => (a.kind === 'CITY' ? -1 : b.kind === 'CITY' ? 1 : a.name.localeCompare(b.name, 'zh-CN')));
}

/** The unit to use: the remembered one if it belongs to the city, else the city's first. */
export function effectiveUnit(units: HelperUnit[], choice: HelperChoice): HelperUnit | undefined {
  const list = unitsOfCity(units, choice.city);
  return list.find((u) => u.id === choice.unitId) ?? list[0];
}

/** 「深圳市福田区」→「福田区」 in the city's own list. */
export const unitLabel = (u: HelperUnit) => (u.kind === 'CITY' ? `${u.name}（全市）` : u.name.startsWith(u.city) ? u.name.slice(u.city.length) : u.name);

/**
 * The unit to start with when the visitor hasn't chosen one: the first of the city's units paired
 * today with a county (or prefecture) that has products on sale, so the shelf isn't empty on a
 * first visit; else the city's first unit.
 */
export function firstStockedUnit(units: HelperUnit[], city: HelperCity, pairings: { helperUnitId: string; countyCode: string }[], stocked: Set<string>): HelperUnit | undefined {
  const list = unitsOfCity(units, city);
  const covers = (code: string) => stocked.has(code) || [...stocked].some((s) => s.startsWith(code.replace(/0+$/, '')) && code.endsWith('00'));
  return list.find((u) => pairings.some((p) => p.helperUnitId === u.id && covers(p.countyCode))) ?? list[0];
}
