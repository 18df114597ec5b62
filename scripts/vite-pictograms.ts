// Serves pictograms/<set>/<id>.svg at /pictograms/<set>/<id>.svg in development and copies them
// into the build, so a pictogram costs no JavaScript: its address is made from its id.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const sets = ['flat', 'high-contrast'];
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
        for (const file of readdirSync(join(root, set)).filter((f) => f.endsWith('.svg'))) {
          this.emitFile({ type: 'asset', fileName: `pictograms/${set}/${file}`, source: readFileSync(join(root, set, file)) });
        }
      }
    },
  };
}
