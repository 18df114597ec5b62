// Prints the initial JavaScript (what index.html loads before the first screen) as gzip size, and
// everything the service worker precaches (offline voice included) raw and gzip; fails when either
// is over budget (../shared/docs/product.md). DIST=/tmp/dist-x reports another build.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(process.env.DIST ?? new URL('../dist/', import.meta.url).pathname);
const budgetKb = Number(process.env.INITIAL_JS_BUDGET_KB ?? 70);
const precacheRawBudget = 5 * 1024 * 1024;
const precacheGzipBudget = 2.2 * 1024 * 1024;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/<(?:script[^>]*type="module"[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+)"/g)].map((m) => m[1]);

const read = (file) => readFileSync(join(dist, file.replace(/^\//, '')));
const gz = (file) => gzipSync(read(file)).length;
const initialBytes = initial.reduce((sum, file) => sum + gz(file), 0);

// Exactly the files the service worker stores when the app installs (its precache list, put into it
// as JSON by vite-plugin-pwa), and the worker itself with its Workbox runtime.
const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
const precached = [...new Set([...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1])), 'sw.js'];
const sizes = precached.map((file) => ({ file, raw: read(file).length, gzip: gz(file) }));
const sum = (rows, key) => rows.reduce((s, r) => s + r[key], 0);
const voice = sizes.filter((r) => /^voice\/|voiceWorker|offlineVoice|players-/.test(r.file));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
console.log(`initial JS: ${kb(initialBytes)} gzip (budget ${budgetKb} KB) in ${initial.length} file(s)`);
console.log(`precache: ${mb(sum(sizes, 'raw'))} raw (budget 5 MB), ${mb(sum(sizes, 'gzip'))} gzip (budget 2.2 MB) in ${sizes.length} files`);
console.log(`  of which the offline voice: ${kb(sum(voice, 'raw'))} raw, ${kb(sum(voice, 'gzip'))} gzip (${voice.map((r) => r.file.replace(/^assets\//, '')).join(', ')})`);
let failed = false;
if (initialBytes > budgetKb * 1024) {
  console.error(`initial JS is over budget by ${kb(initialBytes - budgetKb * 1024)}`);
  failed = true;
}
if (sum(sizes, 'raw') > precacheRawBudget || sum(sizes, 'gzip') > precacheGzipBudget) {
  console.error('the precache is over budget');
  failed = true;
}
if (failed) process.exit(1);
