import { inflateRawSync } from 'node:zlib';

/** An .xlsx is a ZIP archive: its first bytes are a local file header, `PK\x03\x04`. */
export const isZip = (file: Buffer) => file.length > 4 && file.readUInt32LE(0) === 0x04034b50;

/**
 * The files of a ZIP archive by name, read through its central directory (stored or deflated
 * entries, which is all a spreadsheet writer produces). Enough to look inside an .xlsx without a
 * spreadsheet library.
 */
export function unzip(file: Buffer): Map<string, Buffer> {
  // End of central directory: signature 0x06054b50, within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = file.length - 22; i >= Math.max(0, file.length - 65_557); i--) {
    if (file.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a ZIP archive: no end of central directory');
  const entries = file.readUInt16LE(eocd + 10);
  let at = file.readUInt32LE(eocd + 16);
  const out = new Map<string, Buffer>();
  for (let n = 0; n < entries; n++) {
    if (file.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry at ${at}`);
    const method = file.readUInt16LE(at + 10);
    const compressed = file.readUInt32LE(at + 20);
    const nameLength = file.readUInt16LE(at + 28);
    const extraLength = file.readUInt16LE(at + 30);
    const commentLength = file.readUInt16LE(at + 32);
    const local = file.readUInt32LE(at + 42);
    const name = file.toString('utf8', at + 46, at + 46 + nameLength);
    // The local header repeats name and extra field, with lengths of its own.
    const dataStart = local + 30 + file.readUInt16LE(local + 26) + file.readUInt16LE(local + 28);
    const data = file.subarray(dataStart, dataStart + compressed);
    if (method === 0) out.set(name, Buffer.from(data));
    else if (method === 8) out.set(name, inflateRawSync(data));
    else throw new Error(`${name}: unsupported ZIP method ${method}`);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : e === 'amp' ? '&' : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
  );

/** The text of every <t> inside an XML fragment (a shared string may be split into rich-text runs). */
const textOf = (xml: string) => [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => unescapeXml(m[1])).join('');

export type Cell = string | number | null;

/** 'A' → 0, 'AB' → 27. */
const columnIndex = (ref: string) => [...ref.replace(/\d+$/, '')].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;

/**
 * The rows of each worksheet of an .xlsx, by sheet name, as the cells' values: numbers as numbers,
 * shared and inline strings as text, empty cells as null.
 */
export function readWorkbook(file: Buffer): Map<string, Cell[][]> {
  if (!isZip(file)) throw new Error('not an .xlsx (no ZIP signature)');
  const files = unzip(file);
  const text = (name: string) => files.get(name)?.toString('utf8');
  const shared = [...(text('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1]));
  const workbook = text('xl/workbook.xml');
  const rels = text('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) throw new Error('not an .xlsx: xl/workbook.xml or its relationships are missing');
  const targets = new Map([...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [/Id="([^"]+)"/.exec(m[0])![1], /Target="([^"]+)"/.exec(m[0])![1]]));
  const sheets = new Map<string, Cell[][]>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = unescapeXml(/name="([^"]*)"/.exec(m[0])![1]);
    const target = targets.get(/r:id="([^"]+)"/.exec(m[0])![1])!;
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    const xml = text(path) ?? '';
    const rows: Cell[][] = [];
    for (const r of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
      const index = Number(/\br="(\d+)"/.exec(r[1])![1]) - 1;
      const row: Cell[] = [];
      for (const c of (r[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const attrs = c[1];
        const body = c[2] ?? '';
        const type = /\bt="([^"]+)"/.exec(attrs)?.[1];
        const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
        const value: Cell =
          type === 's' ? shared[Number(v)] : type === 'inlineStr' ? textOf(body) : type === 'str' || type === 'e' ? (v === undefined ? null : unescapeXml(v)) : type === 'b' ? Number(v) : v === undefined ? null : Number(v);
        row[columnIndex(/\br="([A-Z]+\d+)"/.exec(attrs)![1])] = value;
      }
      rows[index] = Array.from(row, (x) => x ?? null);
    }
    sheets.set(name, Array.from(rows, (x) => x ?? []));
  }
  return sheets;
}
