import { registerDecorator, ValidationOptions } from 'class-validator';
import { isValidCreditCode } from './credit-code';

/** A unified social credit code whose check character is right. */
export function IsCreditCode(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isCreditCode',
      target: object.constructor,
      propertyName,
      options: { message: '统一社会信用代码不正确（请核对校验位）', ...options },
      validator: { validate: (v: unknown) => typeof v === 'string' && isValidCreditCode(v) },
    });
}

/** A 6-digit administrative division code. */
export const DIVISION_CODE = /^\d{6}$/;
/** A calendar date YYYY-MM-DD. */
export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True when an ISO date string names a real calendar day (rejects 2023-02-30). */
export function isRealDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function IsCalendarDate(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: object.constructor,
      propertyName,
      options: { message: `${propertyName} 必须是有效日期 YYYY-MM-DD`, ...options },
      validator: { validate: (v: unknown) => typeof v === 'string' && isRealDate(v) },
    });
}

/** Today's date in Asia/Shanghai, the business calendar of the marketplace. */
// Built once: constructing an Intl.DateTimeFormat costs far more than formatting with it, and
// this runs for every order, payment and report line.
const SHANGHAI_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

export function todayInShanghai(now = new Date()): string {
  return SHANGHAI_DAY.format(now);
}
