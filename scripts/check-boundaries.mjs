// Keeps imports flowing one way (docs: ../shared/docs/style.md, "Shape of src/"):
//   app → kinds → ui; everything may use domain and content; only app, state and services reach
//   storage; ui, domain and content import no store, no database and no i18next.
// Also: the database (storage/db) only inside storage/ — others use its repositories; dexie only in storage/, i18next only in i18n/, workbox-window and pdf-lib only in services/,
// zustand only in state/ (and kinds/ for a kind's own scoped store).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');

/** Which top-level folders of src/ each folder may import from (itself always allowed). */
export const allowedFolders = {
  content: [],
  domain: ['content'],
  i18n: [],
  ui: ['domain', 'content'],
  storage: ['domain', 'content'],
  state: ['storage', 'domain', 'content', 'i18n'],
  services: ['state', 'storage', 'domain', 'content', 'i18n'],
  kinds: ['ui', 'domain', 'content', 'i18n'],
  app: ['kinds', 'ui', 'state', 'services', 'storage', 'domain', 'content', 'i18n'],
  'main.tsx': ['app', 'state', 'services', 'storage', 'i18n', 'ui'],
};

/** Packages that only some folders may import. */
export const packageOwners = {
  dexie: ['storage'],
  i18next: ['i18n'],
  'react-i18next': [],
  'workbox-window': ['services'],
  // pdf-lib and fontkit (≈ 0.5 MB) only in services/pdf, which the app loads with import() (see tests/unit/pdfLazy.test.ts).
  'pdf-lib': ['services'],
  '@pdf-lib/fontkit': ['services'],
  zustand: ['state', 'kinds'],
  'preact/compat': [],
  react: [],
};

const importPattern = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

export function importsOf(code) {
  return [...code.matchAll(importPattern)].map((m) => m[1] ?? m[2] ?? m[3]).filter(Boolean);
}

const folderOf = (file) => relative(src, file).split(sep)[0];

export function violations(file, code) {
  const from = folderOf(file);
  const allowed = allowedFolders[from];
  const problems = [];
  if (!allowed) return [`${relative(root, file)}: folder "${from}" is not in the boundary table`];
  for (const spec of importsOf(code)) {
    if (spec.startsWith('.')) {
      const target = resolve(dirname(file), spec);
      if (!target.startsWith(src + sep)) continue; // locales, pictograms: data outside src
      const to = folderOf(target);
      if (to !== from && !allowed.includes(to)) problems.push(`${relative(root, file)}: ${from}/ may not import ${to}/ ("${spec}")`);
      if (from !== 'storage' && relative(src, target).split(sep).join('/') === 'storage/db')
        problems.push(`${relative(root, file)}: only storage/ opens the database; use a repository ("${spec}")`);
    } else {
      const pkg = Object.keys(packageOwners).find((name) => spec === name || spec.startsWith(`${name}/`));
      if (pkg && !packageOwners[pkg].includes(from)) problems.push(`${relative(root, file)}: ${from}/ may not import the package "${spec}"`);
    }
  }
  return problems;
}

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = walk(src).flatMap((file) => violations(file, readFileSync(file, 'utf8')));
  if (problems.length) {
    console.error(`Import boundaries broken:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('import boundaries: ok');
}
