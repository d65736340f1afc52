import { customPinyin, pinyin } from 'pinyin-pro';

/**
 * Text handling shared by both engines: normalisation, the in-process engine's tokens, and the
 * pinyin written into every search document.
 *
 * Chinese has no spaces, and shoppers type the tail of a word (桔 for 沙糖桔, 处理 for 待处理).
 * Instead of trusting a word segmenter (Intl.Segmenter splits 田阳沙糖桔 as 田|阳|沙糖|桔), every run
 * of Han characters is indexed as its suffixes (田阳沙糖桔, 阳沙糖桔, 沙糖桔, 糖桔, 桔), each cut to
 * SUFFIX_CHARS characters; a query run is then looked up as a prefix of those tokens, which is exact
 * substring matching within a run, with whole-suffix hits scoring above prefix hits.
 */

const HAN = /\p{Script=Han}/u;
const RUNS = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
/** The longest indexed suffix token; longer query runs are split into pieces of this length. */
export const SUFFIX_CHARS = 8;
/** Pinyin suffixes are kept to this many syllables. */
const PINYIN_SYLLABLES = 6;

/** Full-width to half-width, lower case, Unicode-compatible forms (ＡＢＣ → abc). */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export const isHan = (s: string) => HAN.test(s);

/** Runs of Han characters and runs of letters/digits, in order. */
export function runs(text: string): string[] {
  return normalize(text).match(RUNS) ?? [];
}

/** Index tokens of a text: each Han run's suffixes, and each Latin/digit run as is. */
export function indexTokens(text: string): string[] {
  const out: string[] = [];
  for (const run of runs(text)) {
    if (!isHan(run)) {
      out.push(run);
      continue;
    }
    const chars = [...run];
    for (let i = 0; i < chars.length; i++) out.push(chars.slice(i, i + SUFFIX_CHARS).join(''));
  }
  return out;
}

/** Query terms: Han runs (split into SUFFIX_CHARS pieces when longer) and Latin/digit runs. */
export function queryTerms(text: string): string[] {
  const out: string[] = [];
  for (const run of runs(text)) {
    if (!isHan(run)) {
      out.push(run);
      continue;
    }
    const chars = [...run];
    for (let i = 0; i < chars.length; i += SUFFIX_CHARS) out.push(chars.slice(i, i + SUFFIX_CHARS).join(''));
  }
  return out;
}

// Place names whose polyphone pinyin-pro reads by its everyday sound (都 dōu): 都匀 is dū yún.
customPinyin({ 都匀: 'dū yún', 都安: 'dū ān' });

const pinyinCache = new Map<string, string[]>();

/** Toneless syllables of a Han run, with polyphones read in context (长寿 → chang shou, 重庆 → chong qing). */
function syllables(run: string): string[] {
  let s = pinyinCache.get(run);
  if (!s) {
    s = pinyin(run, { toneType: 'none', type: 'array', v: true }).map((x) => x.toLowerCase());
    if (pinyinCache.size > 50_000) pinyinCache.clear();
    pinyinCache.set(run, s);
  }
  return s;
}

/**
 * Pinyin tokens of a text: for each Han run, the suffixes (at syllable boundaries) of its full
 * pinyin and of its initials — 百色芒果 gives baisemangguo, semangguo, mangguo, guo, bsmg, smg, mg, g —
 * so "mangguo", "mang guo", "bsmg" and "mg" all match as prefixes of a token.
 */
export function pinyinTokens(text: string): string[] {
  const out = new Set<string>();
  for (const run of runs(text)) {
    if (!isHan(run)) continue;
    const syl = syllables(run);
    for (let i = 0; i < syl.length; i++) {
      const part = syl.slice(i, i + PINYIN_SYLLABLES);
      out.add(part.join(''));
      if (part.length > 1) out.add(part.map((p) => p[0]).join(''));
    }
  }
  return [...out];
}
