// Prints the initial JavaScript (what index.html loads before the first screen) as gzip size,
// and the total precached size; fails when the initial JS is over budget.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const budgetKb = Number(process.env.INITIAL_JS_BUDGET_KB ?? 70);
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/<(?:script[^>]*type="module"[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+)"/g)].map((m) => m[1]);

const gz = (file) => gzipSync(readFileSync(join(dist, file.replace(/^\//, '')))).length;
const initialBytes = initial.reduce((sum, file) => sum + gz(file), 0);

const walk = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? walk(path) : [path];
});
const files = walk(dist);
const precacheBytes = files.filter((f) => /\.(js|css|html|svg|png|woff2?|webmanifest|txt)$/.test(f)).reduce((s, f) => s + statSync(f).size, 0);

const kb = (n) => (n / 1024).toFixed(1);
console.log(`initial JS: ${kb(initialBytes)} KB gzip (budget ${budgetKb} KB) in ${initial.length} file(s)`);
console.log(`app files (precached): ${kb(precacheBytes)} KB uncompressed in ${files.length} files`);
if (initialBytes > budgetKb * 1024) {
  console.error(`initial JS is over budget by ${kb(initialBytes - budgetKb * 1024)} KB`);
  process.exit(1);
}
