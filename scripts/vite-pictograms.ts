// Serves pictograms/<set>/<id>.svg at /pictograms/<set>/<id>.svg in development and copies them
// into the build, so a pictogram costs no JavaScript: its address is made from its id.
//
// The build also writes each set's pictograms into one file, pictograms/<set>.pack, which the service
// worker precaches instead of the 566 files one by one (Workbox fetches its precache one file
// after another: installing took ≈ 9.5 s in Chromium here with the single files, ≈ 3.2 s with the packs,
// and on a real network each file is a round trip). public/pictogram-pack.js answers
// pictograms/<set>/<id>.svg from it. Format: entries "<id>" + U+001F + the SVG, joined by U+001E.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const sets = ['flat', 'high-contrast'];
/** Where the build puts a set's pack (public/pictogram-pack.js reads it from the same place). */
const pictogramPackFile = (set: string): string => `pictograms/${set}.pack`;
const entrySeparator = '\u001e';
const keySeparator = '\u001f';
const root = fileURLToPath(new URL('../pictograms', import.meta.url));

export function pictogramsPlugin(): Plugin {
  return {
    name: 'porukka-pictograms',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /^\/pictograms\/(flat|high-contrast)\/([a-z0-9-]+)\.svg$/.exec(req.url ?? '');
        if (!match) return next();
        try {
          const svg = readFileSync(join(root, match[1] ?? '', `${match[2] ?? ''}.svg`));
          res.setHeader('Content-Type', 'image/svg+xml');
          res.end(svg);
        } catch {
          res.statusCode = 404;
          res.end();
        }
      });
    },
    generateBundle() {
      for (const set of sets) {
        const entries: string[] = [];
        for (const file of readdirSync(join(root, set)).filter((f) => f.endsWith('.svg'))) {
          const svg = readFileSync(join(root, set, file));
          this.emitFile({ type: 'asset', fileName: `pictograms/${set}/${file}`, source: svg });
          const text = svg.toString('utf8');
          if (text.includes(entrySeparator) || text.includes(keySeparator)) throw new Error(`pictogram pack: ${set}/${file} holds a separator`);
          entries.push(`${file.replace(/\.svg$/, '')}${keySeparator}${text}`);
        }
        this.emitFile({ type: 'asset', fileName: pictogramPackFile(set), source: entries.join(entrySeparator) });
      }
    },
  };
}
