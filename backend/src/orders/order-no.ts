import { randomInt } from 'node:crypto';
import { todayInShanghai } from '../common/validators';

/**
 * Order numbers people read over the phone: digits only (no O/0 or I/1 confusion), the order's
 * business day in Asia/Shanghai, then 7 random digits and a Luhn check digit, so a misheard or
 * mistyped number is caught before it is looked up: 20260315 4821 0937.
 */
export function newOrderNo(now = new Date()): string {
  const day = todayInShanghai(now).replace(/-/g, '');
  const body = day + String(randomInt(0, 10_000_000)).padStart(7, '0');
  return body + luhnDigit(body);
}

/** True when the number is 16 digits and its check digit is right. */
export function isValidOrderNo(s: string): boolean {
  return /^\d{16}$/.test(s) && luhnDigit(s.slice(0, 15)) === s[15];
}

/** The Luhn check digit of a digit string. */
export function luhnDigit(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** Groups an order number for reading aloud: 20260315 4821 0937. */
export const spokenOrderNo = (no: string) => `${no.slice(0, 8)} ${no.slice(8, 12)} ${no.slice(12)}`;
