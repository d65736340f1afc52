import type { APIRequestContext } from '@playwright/test';
import { expectStatus } from './api';

/** A valid 1×1 PNG, enough for the file API's content sniffing. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
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
