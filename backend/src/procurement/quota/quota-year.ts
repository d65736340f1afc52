import { registerDecorator, ValidationOptions } from 'class-validator';
import { todayInShanghai } from '../../common/validators';

/**
 * Quota years. The reserved share began with 财库〔2019〕27号 (2019), so earlier years can't have one;
 * declarations and quotas may look one year ahead (units file the next year's plan in December).
 */
export const FIRST_QUOTA_YEAR = 2019;

export const currentQuotaYear = (now = new Date()) => Number(todayInShanghai(now).slice(0, 4));
export const lastQuotaYear = (now = new Date()) => currentQuotaYear(now) + 1;

export function isQuotaYear(v: unknown): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= FIRST_QUOTA_YEAR && v <= lastQuotaYear();
}

/** An integer year from 2019 to next year (Asia/Shanghai). */
export function IsQuotaYear(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isQuotaYear',
      target: object.constructor,
      propertyName,
      options: { message: `${propertyName} 须为 ${FIRST_QUOTA_YEAR} 年至明年之间的年份`, ...options },
      validator: { validate: isQuotaYear },
    });
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
export const daysInYear = (y: number) => (isLeap(y) ? 366 : 365);

/**
 * How far into `year` the business calendar is: the days elapsed counting today, or the whole year
 * for a past year, or 0 for a future one.
 */
export function elapsedDays(year: number, today = todayInShanghai()): number {
  const thisYear = Number(today.slice(0, 4));
  if (year < thisYear) return daysInYear(year);
  if (year > thisYear) return 0;
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${year}-01-01T00:00:00Z`)) / 86_400_000) + 1;
}
