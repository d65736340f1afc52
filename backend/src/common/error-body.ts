import { HttpException, HttpStatus } from '@nestjs/common';
import { isUniqueViolation } from '../database/dialect';

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown;
}

const CODE_BY_STATUS: Record<number, [string, string]> = {
  400: ['BAD_REQUEST', '请求不合法'],
  401: ['UNAUTHENTICATED', '请先登录'],
  403: ['FORBIDDEN', '无权访问该资源'],
  404: ['NOT_FOUND', '资源不存在'],
  405: ['METHOD_NOT_ALLOWED', '不支持该请求方法'],
  409: ['CONFLICT', '与现有数据冲突'],
  413: ['PAYLOAD_TOO_LARGE', '请求内容过大'],
  415: ['UNSUPPORTED_MEDIA_TYPE', '不支持的内容类型'],
  429: ['TOO_MANY_REQUESTS', '请求过于频繁，请稍后再试'],
};

/**
 * Maps anything thrown while serving a request to the one error shape. Only AppError messages and
 * known HTTP errors reach the client; anything unexpected becomes a generic 500 with no stack or SQL.
 */
export function toErrorBody(err: unknown): ErrorBody {
  if (err instanceof HttpException) {
    const status = err.getStatus();
    const res = err.getResponse();
    if (typeof res === 'object' && res !== null && 'code' in res) return res as ErrorBody;
    const [code, fallback] = CODE_BY_STATUS[status] ?? (status >= 500 ? ['INTERNAL_ERROR', '服务器内部错误'] : ['ERROR', '请求失败']);
    // Nest's own HTTP errors (e.g. route not found) carry English text; keep ours consistent.
    return { statusCode: status, code, message: status === 404 ? '接口不存在' : fallback };
  }
  // Errors raised by Express' body parser carry a status and a type.
  const e = err as { status?: number; statusCode?: number; type?: string };
  const status = e?.status ?? e?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    if (e.type === 'entity.parse.failed') return { statusCode: 400, code: 'MALFORMED_JSON', message: '请求体不是合法的 JSON' };
    const [code, message] = CODE_BY_STATUS[status] ?? ['BAD_REQUEST', '请求不合法'];
    return { statusCode: status, code, message };
  }
  if (isUniqueViolation(err)) return { statusCode: HttpStatus.CONFLICT, code: 'CONFLICT', message: '与现有数据冲突' };
  return { statusCode: 500, code: 'INTERNAL_ERROR', message: '服务器内部错误' };
}
