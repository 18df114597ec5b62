// A plain static server for a build, for the browser tests: `node scripts/serve-dist.mjs --port 4173
// --dir dist`. It answers as `vite preview` (what `npm start` runs) does for this app — "no-cache" with
// an ETag, so the browser asks again and gets "304 Not Modified"; index.html for a page's address
// that is not a file — but sends the files as they are: Vite's preview server gzips every response
// anew, which took about 3 % of the whole browser suite's processor time. Compression is the bench's
// to check (npm run bench serves the build compressed and says so).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** A file and its ETag, by its size and time (a copy of a build may change under a test). */
const find = async (path) => {
  const info = await stat(path);
  if (!info.isFile()) throw new Error('not a file');
  return { path, etag: `W/"${info.size}-${Math.trunc(info.mtimeMs)}"` };
};

/** One request: the file (or index.html for a page's address), "304" when the browser has it already. */
async function answer(root, request, response) {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  const path = join(root, normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
  const wantsPage = request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
  const file = await find(pathname.endsWith('/') ? join(path, 'index.html') : path)
    .catch(() => (wantsPage ? find(join(root, 'index.html')) : null))
    .catch(() => null);
  if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
    response.writeHead(404).end();
    return;
  }
  const type = types[extname(file.path)] ?? 'application/octet-stream';
  const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache', ETag: file.etag };
  if (request.headers['if-none-match'] === file.etag) {
    response.writeHead(304, headers).end();
    return;
  }
  const body = await readFile(file.path);
  response.writeHead(200, { ...headers, 'Content-Length': body.length });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/**
 * Serves `folder` on `port` (0: any free one) of `host`; resolves once listening. `delayMs` holds each
 * answer back that long, as a network's round trip would (the bench's "ready offline" figure).
 */
export async function serveFolder(folder, { port = 0, host = '127.0.0.1', delayMs = 0 } = {}) {
  const root = resolve(folder);
  const server = createServer(async (request, response) => {
    if (delayMs > 0) await new Promise((done) => setTimeout(done, delayMs));
    answer(root, request, response).catch(() => {
      // A malformed address, or a file taken away between looking and reading (a test's copy).
      if (!response.headersSent) response.writeHead(404);
      response.end();
    });
  });
  await new Promise((done) => server.listen(port, host, done));
  return {
    url: `http://${host}:${server.address().port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '4173' }, dir: { type: 'string', default: 'dist' } } });
  // "localhost", as the tests' addresses name it.
  const { url } = await serveFolder(values.dir, { port: Number(values.port), host: 'localhost' });
  console.log(`serving ${values.dir} on ${url}`);
}
