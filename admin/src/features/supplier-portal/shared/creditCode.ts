/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters; the last is a check character over the first 17.
 * Mirrors the API's check so a typo is caught under the field before submitting.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export function creditCodeProblem(input: string | undefined): string | null {
  const code = (input ?? '').trim().toUpperCase();
  if (!code) return null; // "required" is a separate rule
  if (code.length !== 18) return '统一社会信用代码为 18 位';
  if (!SHAPE.test(code)) return '统一社会信用代码格式不正确';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(code[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31] === code[17] ? null : '统一社会信用代码不正确（请核对校验位）';
}
