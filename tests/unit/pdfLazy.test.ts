// pdf-lib and fontkit (≈ 0.5 MB) stay out of the first download: outside services/pdf, the engine, its
// browser assets and its preview are only ever loaded with a dynamic import().
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src/', import.meta.url));
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
const heavy = /['"](pdf-lib|@pdf-lib\/fontkit|[./]*(?:services\/)?pdf\/(?:engine|browserAssets|preview))['"]/;
// `import x from '…'`, `import type …` excepted, and `export … from '…'`: loaded with the importer.
const staticImport = /^\s*(?:import(?!\s+type\b)|export)\s[^;]*?from\s*(['"][^'"]+['"])/gm;

it('loads the PDF engine only with import() outside services/pdf', () => {
  const offenders = walk(src)
    .filter((file) => !relative(src, file).startsWith(join('services', 'pdf')))
    .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(staticImport)].filter((m) => heavy.test(m[1] ?? '')).map((m) => `${relative(src, file)}: ${m[1]}`));
  expect(offenders).toEqual([]);
  // The panel that makes documents does load them, lazily.
  expect(readFileSync(join(src, 'app/documents/DocumentPanel.tsx'), 'utf8')).toMatch(/import\('\.\.\/\.\.\/services\/pdf\/engine'\)/);
});
