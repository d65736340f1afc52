import { HttpException, HttpStatus } from '@nestjs/common';

/** One entry of a validation failure: which field, and what is wrong with it. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * Every failure the API reports has the shape `{ statusCode, code, message, details? }`.
 * `code` is stable and machine-readable (UPPER_SNAKE); `message` is for people, in Chinese.
 */
export class AppError extends HttpException {
  constructor(
    status: HttpStatus,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super({ statusCode: status, code, message, ...(details === undefined ? {} : { details }) }, status);
  }

  static badRequest(code: string, message: string, details?: unknown) {
    return new AppError(HttpStatus.BAD_REQUEST, code, message, details);
  }
  static validation(details: FieldError[]) {
    return new AppError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', '请求参数不合法', details);
  }
  static unauthenticated(message = '请先登录') {
    return new AppError(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED', message);
  }
  static forbidden(message = '无权访问该资源') {
    return new AppError(HttpStatus.FORBIDDEN, 'FORBIDDEN', message);
  }
  static notFound(what: string) {
    return new AppError(HttpStatus.NOT_FOUND, 'NOT_FOUND', `${what}不存在`);
  }
  static conflict(code: string, message: string) {
    return new AppError(HttpStatus.CONFLICT, code, message);
  }
}
