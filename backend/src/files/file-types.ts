/**
 * Accepted upload types, recognised by their leading bytes (magic numbers), never by the client's
 * Content-Type or file name: a renamed executable or HTML page is refused whatever it claims to be.
 */
export type FileKind = 'image' | 'pdf';

export interface DetectedType {
  contentType: string;
  kind: FileKind;
  /** Largest accepted size in bytes. */
  maxBytes: number;
  extension: string;
}

const MB = 1024 * 1024;
export const MAX_IMAGE_BYTES = 5 * MB;
export const MAX_PDF_BYTES = 10 * MB;
/** The largest upload of any type; multer stops reading beyond it. */
export const MAX_UPLOAD_BYTES = Math.max(MAX_IMAGE_BYTES, MAX_PDF_BYTES);

const startsWith = (buf: Buffer, bytes: number[], offset = 0) => buf.length >= offset + bytes.length && bytes.every((b, i) => buf[offset + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

export function detectFileType(buf: Buffer): DetectedType | null {
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return { contentType: 'image/jpeg', kind: 'image', maxBytes: MAX_IMAGE_BYTES, extension: 'jpg' };
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { contentType: 'image/png', kind: 'image', maxBytes: MAX_IMAGE_BYTES, extension: 'png' };
  if (startsWith(buf, ascii('RIFF')) && startsWith(buf, ascii('WEBP'), 8)) return { contentType: 'image/webp', kind: 'image', maxBytes: MAX_IMAGE_BYTES, extension: 'webp' };
  if (startsWith(buf, ascii('%PDF-'))) return { contentType: 'application/pdf', kind: 'pdf', maxBytes: MAX_PDF_BYTES, extension: 'pdf' };
  return null;
}

export const KIND_OF: Record<string, FileKind> = {
  'image/jpeg': 'image',
  'image/png': 'image',
  'image/webp': 'image',
  'application/pdf': 'pdf',
};
