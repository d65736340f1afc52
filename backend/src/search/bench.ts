import { performance } from 'node:perf_hooks';
import { CertificationType, CERTIFICATION_LABELS } from '../catalog/certification.entity';
import { CATEGORY_LABELS, ProductCategory } from '../catalog/product.entity';
import { ShopListing } from '../catalog/shop-listings.service';
import { MemoryEngine } from './memory-engine';
import { toSearchDocument } from './search-document';
import { SearchRequest } from './search-engine';

/**
 * `pnpm bench:search` (node --expose-gc backend/dist/search/bench.js [sizes…]): indexes generated
 * products in the in-process engine and prints build time, heap and query latency percentiles for a
 * mixed query set (Chinese words and tails, pinyin, initials, mixed, synonyms, filters, facets,
 * sorts, deep pages). Measures the engine itself; the HTTP route adds a visibility check of the
 * page's ids in the database. Never run by the tests.
 */

const COUNTIES: [string, string, string, string][] = [
  ['451022', '田东县', '百色市', '广西壮族自治区'], ['451003', '田阳区', '百色市', '广西壮族自治区'], ['451026', '那坡县', '百色市', '广西壮族自治区'],
  ['451027', '凌云县', '百色市', '广西壮族自治区'], ['451028', '乐业县', '百色市', '广西壮族自治区'], ['451227', '巴马瑶族自治县', '河池市', '广西壮族自治区'],
  ['451228', '都安瑶族自治县', '河池市', '广西壮族自治区'], ['451229', '大化瑶族自治县', '河池市', '广西壮族自治区'], ['451226', '环江毛南族自治县', '河池市', '广西壮族自治区'],
  ['450124', '马山县', '南宁市', '广西壮族自治区'], ['450125', '上林县', '南宁市', '广西壮族自治区'], ['450123', '隆安县', '南宁市', '广西壮族自治区'],
  ['530602', '昭阳区', '昭通市', '云南省'], ['530621', '鲁甸县', '昭通市', '云南省'], ['530622', '巧家县', '昭通市', '云南省'], ['530627', '镇雄县', '昭通市', '云南省'],
  ['522701', '都匀市', '黔南布依族苗族自治州', '贵州省'], ['522722', '荔波县', '黔南布依族苗族自治州', '贵州省'], ['522728', '罗甸县', '黔南布依族苗族自治州', '贵州省'],
  ['522729', '长顺县', '黔南布依族苗族自治州', '贵州省'],
];
const GOODS: [string, ProductCategory][] = [
  ['芒果', ProductCategory.FRUIT], ['沙糖桔', ProductCategory.FRUIT], ['苹果', ProductCategory.FRUIT], ['猕猴桃', ProductCategory.FRUIT], ['百香果', ProductCategory.FRUIT],
  ['脐橙', ProductCategory.FRUIT], ['柚子', ProductCategory.FRUIT], ['火龙果', ProductCategory.FRUIT], ['毛尖', ProductCategory.TEA], ['红茶', ProductCategory.TEA],
  ['白茶', ProductCategory.TEA], ['火麻油', ProductCategory.GRAIN_OIL], ['山茶油', ProductCategory.GRAIN_OIL], ['香米', ProductCategory.GRAIN_OIL], ['小米', ProductCategory.GRAIN_OIL],
  ['腊肉', ProductCategory.MEAT_EGG], ['香猪', ProductCategory.MEAT_EGG], ['土鸡蛋', ProductCategory.MEAT_EGG], ['牛肉干', ProductCategory.MEAT_EGG], ['香菇', ProductCategory.DRIED],
  ['黑木耳', ProductCategory.DRIED], ['核桃', ProductCategory.DRIED], ['天麻', ProductCategory.DRIED], ['红薯', ProductCategory.VEGETABLE], ['马铃薯', ProductCategory.VEGETABLE],
  ['生姜', ProductCategory.VEGETABLE], ['辣椒酱', ProductCategory.PROCESSED], ['螺蛳粉', ProductCategory.PROCESSED], ['芒果干', ProductCategory.PROCESSED], ['蜂蜜', ProductCategory.PROCESSED],
];
const STYLES = ['台农一号', '桂七香芒', '精选', '礼盒装', '特级', '高山', '生态', '有机', '明前', '农家', '原生态', '新鲜', '当季', '食堂装', '家庭装', '散装', '一级', '古法'];
const DESCRIPTIONS = ['产地直采，坏果包赔。', '光照充足，口感香甜。', '合作社统一种植、统一收购，带动脱贫户增收。', '低温烘制，不添加色素。', '高山云雾，清香回甘。', '古法工艺，自然晾晒。'];
const CERTS = [CertificationType.ZHENPIN, CertificationType.GREEN, CertificationType.ORGANIC, CertificationType.GI];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export function generateListings(n: number, seed = 42): ShopListing[] {
  const r = rng(seed);
  const pick = <T>(a: T[]) => a[Math.floor(r() * a.length)];
  const out: ShopListing[] = [];
  for (let i = 0; i < n; i++) {
    const [code, county, city, province] = pick(COUNTIES);
    const [good, category] = pick(GOODS);
    const place = county.replace(/(瑶族|毛南族)?自治县|县|区|市$/u, '');
    const certs = [CertificationType.ASSISTANCE, ...CERTS.filter(() => r() < 0.2)];
    const start = 1 + Math.floor(r() * 12);
    const months = r() < 0.4 ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : [0, 1, 2, 3].map((k) => ((start + k - 1) % 12) + 1);
    out.push({
      id: `p${i}`,
      name: `${place}${good} ${pick(STYLES)} ${1 + Math.floor(r() * 20)}号`,
      category,
      categoryLabel: CATEGORY_LABELS[category],
      description: `${county}${good}，${pick(DESCRIPTIONS)}${pick(DESCRIPTIONS)}`,
      minPriceFen: 500 + Math.floor(r() * 50_000),
      coverUrl: null,
      saleMonths: months,
      county: { code, name: `${province}${city}${county}`, shortName: county },
      city: { code: `${code.slice(0, 4)}00`, name: city },
      province: { code: `${code.slice(0, 2)}0000`, name: province },
      regionCodes: [code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`],
      certifications: certs,
      certificationLabels: certs.map((c) => CERTIFICATION_LABELS[c]),
      supplier: { id: `s${i % 3000}`, name: `${county}${good}专业合作社${i % 3000}` },
      listedAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
      visibleUntil: '2099-12-31',
      salesCount: Math.floor(r() * 1000),
    });
  }
  return out;
}

const base = (q: string, extra: Partial<SearchRequest> = {}): SearchRequest => ({ q, filters: { visibleOn: 20260601 }, sort: 'relevance', offset: 0, limit: 20, facets: true, ...extra });
const QUERIES: SearchRequest[] = [
  base('芒果'), base('桔'), base('糖桔'), base('砂糖橘'), base('苹果'), base('毛尖'), base('麻油'), base('腊肉'), base('木耳'), base('螺蛳粉'),
  base('mangguo'), base('bsmg'), base('shatangju'), base('stj'), base('dymj'), base('huomayou'), base('mg'), base('pingguo'),
  base('田东 mangguo'), base('巴马 larou'), base('都匀 毛尖 特级'), base('昭通 pg'),
  base('田东县'), base('黔南'), base('圳品'), base('有机 茶'), base('台农一号'),
  base('芒果', { sort: 'price_asc' }), base('芒果', { offset: 200 }), base('茶', { sort: 'sales' }),
  base('芒果', { filters: { visibleOn: 20260601, regionCode: '451000', certification: CertificationType.ZHENPIN } }),
  base('', { filters: { visibleOn: 20260601, category: ProductCategory.FRUIT } }),
  base('', { filters: { visibleOn: 20260601, regionCode: '522700', saleMonth: 6 } }),
  base('', { filters: { visibleOn: 20260601, anyRegionCodes: ['451022', '451003', '451026'] }, sort: 'price_asc' }),
  base('', { filters: { visibleOn: 20260601, minPriceFen: 1000, maxPriceFen: 5000 }, sort: 'newest' }),
  base(''),
];

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

async function run(n: number, rounds: number): Promise<void> {
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  let t = performance.now();
  const docs = generateListings(n).map(toSearchDocument);
  const docsMs = performance.now() - t;
  const engine = new MemoryEngine();
  await engine.init([['沙糖桔', '砂糖橘', '砂糖桔'], ['桔', '橘'], ['柑', '桔'], ['马铃薯', '土豆']]);
  t = performance.now();
  await engine.rebuild(docs);
  const buildMs = performance.now() - t;
  gc();
  const heap = process.memoryUsage().heapUsed - heapBefore;
  for (const q of QUERIES) await engine.search(q); // warm-up
  const times: number[] = [];
  const perQuery = new Map<string, number[]>();
  for (let round = 0; round < rounds; round++) {
    for (const q of QUERIES) {
      const s = performance.now();
      await engine.search(q);
      const ms = performance.now() - s;
      times.push(ms);
      const key = `${q.q || '(browse)'}${q.sort !== 'relevance' ? ` sort=${q.sort}` : ''}${q.offset ? ` offset=${q.offset}` : ''}`;
      perQuery.set(key, [...(perQuery.get(key) ?? []), ms]);
    }
  }
  times.sort((a, b) => a - b);
  const slowest = [...perQuery.entries()].map(([k, v]) => [k, v.sort((a, b) => a - b)[Math.floor(v.length / 2)]] as const).sort((a, b) => b[1] - a[1]).slice(0, 3);
  process.stdout.write(
    `${n.toLocaleString('en')} products: documents (pinyin) ${(docsMs / 1000).toFixed(2)} s, index build ${(buildMs / 1000).toFixed(2)} s, heap +${mb(heap)} (rss ${mb(process.memoryUsage().rss)})\n` +
      `  ${times.length} queries (${QUERIES.length} kinds × ${rounds}): p50 ${pct(times, 50).toFixed(2)} ms, p95 ${pct(times, 95).toFixed(2)} ms, p99 ${pct(times, 99).toFixed(2)} ms, max ${times.at(-1)!.toFixed(2)} ms\n` +
      `  slowest kinds (median): ${slowest.map(([k, v]) => `${k} ${v.toFixed(2)} ms`).join('; ')}\n`,
  );
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
  if (!(globalThis as { gc?: unknown }).gc) process.stdout.write('(run with node --expose-gc for exact heap figures)\n');
  process.stdout.write(`in-process search engine benchmark — node ${process.version}, ${(await import('node:os')).cpus().length} cores\n`);
  for (const n of sizes.length ? sizes : [10_000, 100_000]) await run(n, n > 50_000 ? 30 : 60);
}

if (require.main === module) main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
