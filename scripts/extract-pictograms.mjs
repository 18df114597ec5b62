// Copies the pictograms the app uses out of the Fluent Emoji icon sets into pictograms/<set>/<id>.svg.
// One manifest (pictograms/manifest.json) maps app ids to icon names; a missing name fails the build.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getIconData, iconToHTML, iconToSVG, replaceIDs } from '@iconify/utils';

const require = createRequire(import.meta.url);
// PICTOGRAMS_DIR lets a test run the extraction on a manifest of its own.
const root = process.env.PICTOGRAMS_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'pictograms');
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));

const sets = [
  { folder: 'flat', pkg: '@iconify-json/fluent-emoji-flat' },
  { folder: 'high-contrast', pkg: '@iconify-json/fluent-emoji-high-contrast' },
];

const missing = [];
for (const { folder, pkg } of sets) {
  const iconSet = require(`${pkg}/icons.json`);
  const outDir = join(root, folder);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const [id, name] of Object.entries(manifest)) {
    if (id.startsWith('$')) continue;
    const data = getIconData(iconSet, name);
    if (!data) {
      missing.push(`${folder}: ${id} → ${name}`);
      continue;
    }
    const svg = iconToSVG(data, { height: 'auto' });
    // replaceIDs keeps gradient ids unique when several pictograms share one page.
    const body = replaceIDs(svg.body, `${id}-`).replaceAll('currentColor', '#000');
    const html = iconToHTML(body, svg.attributes);
    writeFileSync(join(outDir, `${id}.svg`), html + '\n');
  }
}

if (missing.length) {
  console.error(`Pictogram names not found in the icon sets:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}

const info = require('@iconify-json/fluent-emoji-flat/info.json');
const { version } = require('@iconify-json/fluent-emoji-flat/package.json');
writeFileSync(
  join(root, 'LICENSE.md'),
  `# Pictogram licence\n\nThe SVG files in \`flat/\` and \`high-contrast/\` are extracted from ` +
    `${info.name} and Fluent Emoji High Contrast by ${info.author.name} (${info.author.url}), ` +
    `via @iconify-json (version ${version}).\n\nLicence: ${info.license.title} (${info.license.url}).\n\n` +
    `MIT License\n\nCopyright (c) Microsoft Corporation.\n\n` +
    `Permission is hereby granted, free of charge, to any person obtaining a copy of this software and ` +
    `associated documentation files (the "Software"), to deal in the Software without restriction, including ` +
    `without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell ` +
    `copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the ` +
    `following conditions:\n\nThe above copyright notice and this permission notice shall be included in all ` +
    `copies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ` +
    `ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A ` +
    `PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY ` +
    `CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF ` +
    `OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.\n`,
);
console.log(`pictograms: ${Object.keys(manifest).filter((k) => !k.startsWith('$')).length} ids × ${sets.length} sets`);
