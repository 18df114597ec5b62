// A copy of the production build served on its own address, for tests that change the build: publish
// a new version, take a file away.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveFolder } from '../../../scripts/serve-dist.mjs';

/** Copies the build, serves the copy while `use` runs (`folder` may be changed), then removes it. */
export async function withBuildCopy<T>(use: (copy: { readonly folder: string; readonly url: string }) => Promise<T>): Promise<T> {
  const folder = mkdtempSync(join(tmpdir(), 'porukka-build-'));
  cpSync(process.env['E2E_DIST'] ?? new URL('../../../dist', import.meta.url).pathname, folder, { recursive: true });
  const server = await serveFolder(folder);
  try {
    return await use({ folder, url: server.url });
  } finally {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
