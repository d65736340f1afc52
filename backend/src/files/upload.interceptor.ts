import { CallHandler, ExecutionContext, HttpException, HttpStatus, Injectable, PayloadTooLargeException } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Observable } from 'rxjs';
import { AppError } from '../common/app-error';
import { MAX_UPLOAD_BYTES } from './file-types';

/**
 * One file in the multipart field `file`, read by multer into memory (multer's default storage when
 * none is given) and cut off at the largest size any type may have; the service then checks the
 * type by content and the per-type limit. Multer's and busboy's failures (too large, extra files or
 * fields, a malformed body) happen before the handler runs and arrive here with English messages or
 * as plain Errors that would become 500s; they are turned into our 4xx shape. Errors of the handler
 * itself come later through the returned observable and are left alone.
 */
const MulterSingleFile = FileInterceptor('file', {
  limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, fieldSize: 1024, parts: 6, headerPairs: 50 },
  // Browsers send non-ASCII file names (营业执照.pdf) as raw UTF-8 in the part header.
  ...({ defParamCharset: 'utf8' } as object),
});

@Injectable()
export class UploadInterceptor extends MulterSingleFile {
  async intercept(ctx: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await super.intercept(ctx, next);
    } catch (err) {
      throw toUploadError(err);
    }
  }
}

export function toUploadError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  if (err instanceof PayloadTooLargeException) {
    return new AppError(HttpStatus.PAYLOAD_TOO_LARGE, 'FILE_TOO_LARGE', '文件过大：图片不能超过 5 MB，PDF 文件不能超过 10 MB');
  }
  if (err instanceof HttpException && err.getStatus() >= 500) return err;
  return AppError.badRequest('INVALID_UPLOAD', '上传内容不合法：请以 multipart/form-data 的 file 字段上传一个文件');
}
