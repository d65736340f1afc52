// Performance budget, checked after `vite build` (part of `npm run build`): the JavaScript and CSS
// a phone must download before the first page can render — the entry chunk named by dist/index.html,
// its static imports (modulepreload) and its stylesheets — gzip-compressed, must stay under the limits.
// Route pages are lazy chunks (app/router.tsx) and are listed, not limited: each is bounded too,
// so one heavy page can't slip in.
//
// Limits (gzip), with headroom over today's sizes; raise them only with a reason in the commit:
//   initial JS  ≤ 140 kB   (React 19 + react-router 7 + TanStack Query + API client + layout: 117 kB
//                           when this was set; react-dom alone is ≈ 60 kB, so 120 would leave no room)
//   initial CSS ≤  20 kB
//   any lazy JS chunk ≤ 60 kB
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET = { initialJsKb: 140, initialCssKb: 20, lazyChunkKb: 60 };

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const refs = (re) => [...html.matchAll(re)].map((m) => m[1].replace(/^\//, ''));
const initialJs = [...new Set([...refs(/<script[^>]+src="([^"]+\.js)"/g), ...refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)])];
const initialCss = refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+\.css)"/g);
const allJs = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
const lazyJs = allJs.filter((f) => !initialJs.includes(f));

const sum = (files) => files.reduce((n, f) => n + gz(f), 0);
const kb = (n) => `${n.toFixed(1)} kB`;
const jsKb = sum(initialJs);
const cssKb = sum(initialCss);
const failures = [];
if (!initialJs.length) failures.push('no entry script found in dist/index.html');
if (jsKb > BUDGET.initialJsKb) failures.push(`initial JS ${kb(jsKb)} gzip > ${BUDGET.initialJsKb} kB`);
if (cssKb > BUDGET.initialCssKb) failures.push(`initial CSS ${kb(cssKb)} gzip > ${BUDGET.initialCssKb} kB`);
const biggestLazy = lazyJs.map((f) => [f, gz(f)]).sort((a, b) => b[1] - a[1]);
for (const [f, n] of biggestLazy) if (n > BUDGET.lazyChunkKb) failures.push(`lazy chunk ${f} ${kb(n)} gzip > ${BUDGET.lazyChunkKb} kB`);

console.log(`budget: initial JS ${kb(jsKb)} / ${BUDGET.initialJsKb} kB gzip (${initialJs.length} file(s)), ` +
  `initial CSS ${kb(cssKb)} / ${BUDGET.initialCssKb} kB gzip, ${lazyJs.length} lazy chunks (largest ${biggestLazy[0] ? kb(biggestLazy[0][1]) : '—'} / ${BUDGET.lazyChunkKb} kB)`);
if (failures.length) {
  console.error(`Performance budget exceeded:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
