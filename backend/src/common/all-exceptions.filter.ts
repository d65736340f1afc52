import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { Request, Response } from 'express';
import { toErrorBody } from './error-body';

/** The single place where failures become HTTP responses. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request & { id?: string }>();
    const body = toErrorBody(exception);
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, reqId: req.id, path: req.url }, 'unhandled error');
    }
    if (res.headersSent) return;
    res.status(body.statusCode).json(body);
  }
}
