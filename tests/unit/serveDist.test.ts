// The browser tests' web server (scripts/serve-dist.mjs) answers as `vite preview` does for the app:
// the file with its type, "no-cache" with an ETag and "304" when the browser has it, index.html for a
// page's address, 404 for a missing file or a POST (the share target is the service worker's), and a
// malformed address does not stop it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder } from '../../scripts/serve-dist.mjs';

let server: Awaited<ReturnType<typeof serveFolder>>;
beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'serve-dist-'));
  writeFileSync(join(folder, 'index.html'), '<!doctype html><title>Porukka</title>');
  writeFileSync(join(folder, 'app.js'), 'console.log("app")');
  server = await serveFolder(folder);
});
afterAll(() => server.close());

describe('serve-dist', () => {
  it('sends a file with its type and an ETag, and 304 when the browser has it', async () => {
    const first = await fetch(`${server.url}/app.js`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('text/javascript');
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect(first.headers.get('content-encoding')).toBeNull();
    expect(await first.text()).toBe('console.log("app")');
    const again = await fetch(`${server.url}/app.js`, { headers: { 'if-none-match': first.headers.get('etag') ?? '' } });
    expect(again.status).toBe(304);
  });

  it('answers a page address with index.html, and a missing file or a POST with 404', async () => {
    const page = await fetch(`${server.url}/some/page`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Porukka</title>');
    expect((await fetch(`${server.url}/missing.js`)).status).toBe(404);
    expect((await fetch(`${server.url}/share-target`, { method: 'POST', body: 'x' })).status).toBe(404);
  });

  it('keeps serving after a malformed address', async () => {
    expect((await fetch(`${server.url}/%E0%A4%A`)).status).toBe(404);
    expect((await fetch(`${server.url}/`)).status).toBe(200);
  });
});
