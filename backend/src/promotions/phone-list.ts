/** A mainland mobile number. */
export const MOBILE = /^1[3-9]\d{9}$/;

/**
 * Phones from an uploaded member list: CSV or plain text, one or more per line, separated by commas,
 * semicolons, tabs or spaces; a header (手机号), names and other words are skipped; a +86 / 86 prefix
 * is removed. Anything that looks like a number but is not a mobile number is reported as invalid.
 */
export function parsePhoneList(text: string): { phones: string[]; invalid: string[] } {
  const phones = new Set<string>();
  const invalid = new Set<string>();
  for (const raw of text.replace(/^\uFEFF/, '').split(/[\r\n,;，；\t ]+/)) {
    const token = raw.trim().replace(/^["']|["']$/g, '').replace(/[-\s]/g, '');
    if (!token || !/\d/.test(token)) continue;
    const phone = token.replace(/^(\+?86)(?=1\d{10}$)/, '');
    if (MOBILE.test(phone)) phones.add(phone);
    else if (/^\+?\d+$/.test(phone)) invalid.add(raw.trim().slice(0, 40));
  }
  return { phones: [...phones], invalid: [...invalid] };
}
