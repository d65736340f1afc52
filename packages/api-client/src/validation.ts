/** Client-side checks mirroring the API's rules, so users see mistakes before submitting. */
export const PHONE_PATTERN = /^1[3-9]\d{9}$/;

export function phoneError(phone: string): string | null {
  if (!phone.trim()) return '请输入手机号';
  if (!PHONE_PATTERN.test(phone.trim())) return '请输入 11 位中国大陆手机号';
  return null;
}

export function passwordError(password: string): string | null {
  if (!password) return '请输入密码';
  if (password.length < 8 || password.length > 64) return '密码长度需为 8–64 位';
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return '密码需同时包含字母和数字';
  return null;
}
