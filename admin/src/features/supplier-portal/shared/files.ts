import { unwrap, type ResponseOf } from '@bangfu/api-client';
import { api } from '../../../lib/api';

export type UploadedFile = ResponseOf<'/api/files', 'post'>;
export type FileKind = 'image' | 'pdf' | 'any';

const MB = 1024 * 1024;
const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

/** The API's upload rules, checked before sending so the user hears about them at once. */
export function uploadProblem(file: { type: string; size: number }, kind: FileKind): string | null {
  const image = IMAGE_TYPES.includes(file.type);
  const pdf = file.type === 'application/pdf';
  if (kind === 'image' && !image) return '请上传 JPEG、PNG 或 WebP 图片';
  if (kind === 'pdf' && !pdf) return '请上传 PDF 文件';
  if (kind === 'any' && !image && !pdf) return '请上传 JPEG、PNG、WebP 图片或 PDF 文件';
  if (image && file.size > 5 * MB) return '图片不能超过 5 MB';
  if (pdf && file.size > 10 * MB) return 'PDF 不能超过 10 MB';
  return null;
}

export function uploadFile(file: File): Promise<UploadedFile> {
  const form = new FormData();
  form.append('file', file);
  return unwrap(api.POST('/api/files', { body: { file: '' }, bodySerializer: () => form }));
}

export const fileUrl = (id: string) => `/api/files/${id}`;
