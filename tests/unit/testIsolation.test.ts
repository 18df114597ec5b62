// Unit and component test files share their worker's loaded modules (vite.config.ts: isolate false), so a
// file that replaces an app module with vi.mock must run on its own: it is named *.mocked.test.tsx.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const testFiles = (dir: string): string[] =>
  readdirSync(join(process.cwd(), dir))
    .filter((name) => /\.test\.tsx?$/.test(name))
    .map((name) => `${dir}/${name}`);

describe('test isolation', () => {
  it('finds the test files', () => {
    expect(testFiles('tests/unit').length).toBeGreaterThan(40);
    expect(testFiles('tests/component').length).toBeGreaterThan(30);
  });

  it('mocks app modules only in files named *.mocked.test.tsx, which run isolated', () => {
    const mocking = [...testFiles('tests/unit'), ...testFiles('tests/component')].filter((file) =>
      /\bvi\.(mock|doMock)\(/.test(readFileSync(join(process.cwd(), file), 'utf8')),
    );
    expect(mocking.length).toBeGreaterThan(0);
    expect(mocking.filter((file) => !file.endsWith('.mocked.test.tsx'))).toEqual([]);
  });
});
