/** Calendar arithmetic on business dates 'YYYY-MM-DD' (no time zone: they are already Shanghai days). */

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function isoWeekday(date: string): number {
  const w = new Date(`${date}T00:00:00Z`).getUTCDay();
  return w === 0 ? 7 : w;
}

/** The first day on or after `from` that falls on `weekday`. */
export function nextWeekdayOnOrAfter(from: string, weekday: number): string {
  return addDays(from, (weekday - isoWeekday(from) + 7) % 7);
}

/**
 * The first delivery a standing order can still place in time: the first `weekday` whose order day
 * (delivery − leadDays) is today or later.
 */
export function firstDeliveryDate(today: string, weekday: number, leadDays: number): string {
  return nextWeekdayOnOrAfter(addDays(today, leadDays), weekday);
}
