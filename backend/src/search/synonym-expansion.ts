import { SynonymGroups } from './search-engine';
import { normalize } from './text';

const MAX_VARIANTS = 8;

/**
 * The query and its rewritings by synonym groups: each group member found in the query is replaced
 * by each other member (砂糖橘 → 沙糖桔, 砂糖桔 …). Longer members are tried first, so a whole word's
 * synonym (砂糖橘 → 沙糖桔) wins over a character's (橘 → 桔). At most MAX_VARIANTS variants.
 */
export function expandQuery(q: string, groups: SynonymGroups): string[] {
  const query = normalize(q);
  const pairs: [string, string][] = [];
  for (const group of groups) {
    const terms = group.map(normalize).filter(Boolean);
    for (const from of terms) for (const to of terms) if (from !== to) pairs.push([from, to]);
  }
  pairs.sort((a, b) => b[0].length - a[0].length);
  const out = [query];
  for (let i = 0; i < out.length && out.length < MAX_VARIANTS; i++) {
    for (const [from, to] of pairs) {
      if (!out[i].includes(from)) continue;
      const variant = out[i].split(from).join(to);
      if (!out.includes(variant)) out.push(variant);
      if (out.length >= MAX_VARIANTS) break;
    }
  }
  return out;
}
