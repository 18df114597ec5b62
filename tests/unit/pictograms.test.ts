import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = new URL('../../scripts/extract-pictograms.mjs', import.meta.url).pathname;
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(manifest: Record<string, string>) {
  dir = mkdtempSync(join(tmpdir(), 'pictograms-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return spawnSync('node', [script], { env: { ...process.env, PICTOGRAMS_DIR: dir }, encoding: 'utf8' });
}

describe('pictogram extraction', () => {
  it('writes each app pictogram in both sets, with the licence', () => {
    const result = run({ $comment: 'x', yes: 'thumbs-up', listen: 'ear' });
    expect(result.status).toBe(0);
    expect(readdirSync(join(dir, 'flat')).sort()).toEqual(['listen.svg', 'yes.svg']);
    expect(readdirSync(join(dir, 'high-contrast')).sort()).toEqual(['listen.svg', 'yes.svg']);
    expect(readFileSync(join(dir, 'flat', 'yes.svg'), 'utf8')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*viewBox="0 0 32 32"/);
    expect(readFileSync(join(dir, 'high-contrast', 'yes.svg'), 'utf8')).not.toContain('currentColor');
    expect(readFileSync(join(dir, 'LICENSE.md'), 'utf8')).toContain('MIT License');
  });

  it('fails the build on a name the icon sets do not have', () => {
    const result = run({ yes: 'thumbs-up', oops: 'no-such-icon-anywhere' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('oops → no-such-icon-anywhere');
  });

  it('has every id of the real manifest extracted (the build ran it)', () => {
    dir = mkdtempSync(join(tmpdir(), 'unused-'));
    const manifest = JSON.parse(readFileSync(new URL('../../pictograms/manifest.json', import.meta.url), 'utf8')) as Record<string, string>;
    const ids = Object.keys(manifest).filter((k) => !k.startsWith('$'));
    execFileSync('node', [script]);
    const files = readdirSync(new URL('../../pictograms/flat/', import.meta.url));
    expect(files.sort()).toEqual(ids.map((id) => `${id}.svg`).sort());
  });
});
