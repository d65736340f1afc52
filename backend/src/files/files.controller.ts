import { Controller, Get, Param, Post, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiPayloadTooLargeResponse, ApiProduces, ApiTags, ApiUnsupportedMediaTypeResponse } from '@nestjs/swagger';
import { Response } from 'express';
import { UuidParam } from '../common/uuid-param';
import { Authenticated, CurrentUser, Public } from '../identity/access.decorators';
import { Principal } from '../identity/principal';
import { FileView, UPLOAD_BODY_SCHEMA } from './dto';
import { fileView, FilesService, IncomingFile } from './files.service';
import { UploadInterceptor } from './upload.interceptor';

@ApiTags('files')
@Controller('files')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @Post()
  @Authenticated()
  @UseInterceptors(UploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: UPLOAD_BODY_SCHEMA })
  @ApiCreatedResponse({ type: FileView })
  @ApiUnsupportedMediaTypeResponse({ description: '不是 JPEG/PNG/WebP/PDF (UNSUPPORTED_FILE_TYPE)' })
  @ApiPayloadTooLargeResponse({ description: '图片超过 5 MB 或 PDF 超过 10 MB (FILE_TOO_LARGE)' })
  async upload(@UploadedFile() file: IncomingFile | undefined, @CurrentUser() me: Principal): Promise<FileView> {
    return fileView(await this.files.upload(file, me));
  }

  /**
   * Public read: product images and certificate scans are shown to every shopper, and the id is a
   * random UUID that only appears where the file is meant to be shown, so it is not guessable.
   * Content never changes for an id, so it may be cached for good.
   */
  @Get(':id')
  @Public()
  @ApiProduces('image/jpeg', 'image/png', 'image/webp', 'application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async download(@Param('id', UuidParam('文件')) id: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { record, stream } = await this.files.open(id);
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(stream, {
      type: record.contentType,
      length: record.size,
      disposition: `inline; filename*=UTF-8''${encodeURIComponent(record.originalName)}`,
    });
  }
}
