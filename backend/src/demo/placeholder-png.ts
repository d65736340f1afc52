import { crc32, deflateSync } from 'node:zlib';

/**
 * A plain PNG (diagonal two-colour gradient with a soft disc) for demo product covers, made here so
 * the demo needs no image files or image library. Real products carry the supplier's own photos.
 */
export function placeholderPng(from: [number, number, number], to: [number, number, number], size = 320): Buffer {
  const raw = Buffer.alloc((size * 3 + 1) * size);
  const r = size * 0.28;
  for (let y = 0; y < size; y++) {
    const row = y * (size * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const t = (x + y) / (2 * size);
      const inDisc = (x - size * 0.62) ** 2 + (y - size * 0.42) ** 2 < r * r;
      for (let c = 0; c < 3; c++) {
        const v = from[c] + (to[c] - from[c]) * t;
        raw[row + 1 + x * 3 + c] = Math.round(inDisc ? v + (255 - v) * 0.35 : v);
      }
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A minimal valid PDF standing in for a scanned certificate in the demo. */
export function placeholderPdf(title: string): Buffer {
  const text = title.replace(/[()\\]/g, '');
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
      `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n% demo certificate: ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
    'utf8',
  );
}
