export type FieldError = { field: string; message: string };
/** The one error shape every API error has. */
export type ApiErrorBody = { statusCode: number; code: string; message: string; details?: FieldError[] };

const NETWORK_MESSAGE = '网络异常，请稍后重试';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: FieldError[];

  constructor(status: number, body: unknown) {
    const b = isErrorBody(body) ? body : undefined;
    super(b?.message || defaultMessage(status));
    this.name = 'ApiError';
    this.status = status;
    this.code = b?.code ?? 'HTTP_' + status;
    this.details = Array.isArray(b?.details) ? (b.details as FieldError[]) : [];
  }
}

function isErrorBody(body: unknown): body is { message?: string; code?: string; details?: unknown } {
  return typeof body === 'object' && body !== null && 'message' in body;
}

function defaultMessage(status: number): string {
  if (status === 401) return '登录已失效，请重新登录';
  if (status === 403) return '没有权限执行此操作';
  if (status === 404) return '请求的内容不存在';
  if (status === 429) return '操作过于频繁，请稍后再试';
  if (status >= 500) return '服务暂时不可用，请稍后再试';
  return '请求失败（' + status + '）';
}

/** The text to show a user for any error thrown by an API call. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof TypeError) return NETWORK_MESSAGE; // fetch rejects with TypeError when offline
  if (error instanceof Error && error.message) return error.message;
  return NETWORK_MESSAGE;
}

/** Validation errors by field name (the API lists them in `details`). */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (error instanceof ApiError) for (const d of error.details) out[d.field] ??= d.message;
  return out;
}
