import { ApiProperty } from '@nestjs/swagger';

export class FileView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '/api/files/4f0c…', description: '公开读取地址（凭不可猜测的 id）' }) url: string;
  @ApiProperty({ enum: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'], description: '按文件内容识别的类型' }) contentType: string;
  @ApiProperty({ description: '字节数' }) size: number;
  @ApiProperty({ example: '营业执照.pdf' }) name: string;
}

/** The multipart body of an upload, for the OpenAPI document. */
export const UPLOAD_BODY_SCHEMA = {
  type: 'object',
  required: ['file'],
  properties: { file: { type: 'string', format: 'binary', description: 'JPEG/PNG/WebP 图片不超过 5 MB，PDF 不超过 10 MB' } },
};
