import type { APIRequestContext } from '@playwright/test';
import { expectStatus } from './api';

/** A valid 1×1 PNG, enough for the file API's content sniffing. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** A minimal one-page PDF, enough for the file API's `%PDF-` sniffing and a browser's viewer. */
export const TINY_PDF = Buffer.from(
  [
    '%PDF-1.4',
    '1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj',
    '2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj',
    '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200]>> endobj',
    'trailer <</Root 1 0 R>>',
    '%%EOF',
    '',
  ].join('\n'),
  'latin1',
);

/** Uploads a file through `POST /api/files` (multipart, field `file`) and returns its id. */
export async function uploadFile(
  request: APIRequestContext,
  token: string,
  file: { name: string; mimeType: string; buffer: Buffer } = { name: 'certificate.png', mimeType: 'image/png', buffer: TINY_PNG },
): Promise<string> {
  const response = await request.post('/api/files', {
    headers: { Authorization: `Bearer ${token}` },
    multipart: { file },
  });
  await expectStatus(response, 201);
  return ((await response.json()) as { id: string }).id;
}
