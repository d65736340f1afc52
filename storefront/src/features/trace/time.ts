/**
 * An EPCIS event time (UTC instant + the offset where it happened) as local wall time there:
 * ('2025-06-20T00:30:00.000Z', '+08:00') → '2025-06-20 08:30'. Independent of the viewer's zone.
 */
export function formatAtOffset(iso: string, offset: string): string {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  const minutes = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  const t = new Date(new Date(iso).getTime() + minutes * 60_000);
  if (Number.isNaN(t.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${t.getUTCFullYear()}-${p(t.getUTCMonth() + 1)}-${p(t.getUTCDate())} ${p(t.getUTCHours())}:${p(t.getUTCMinutes())}`;
}
