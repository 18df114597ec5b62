// Porukka's pictograms from the service worker (loaded into it with importScripts): the service worker
// precaches each pictogram set as one file, pictograms/<set>.pack (made by scripts/vite-pictograms.ts),
// instead of 566 files one by one, and answers pictograms/<set>/<id>.svg from it. A pictogram the pack
// does not have, or a pack not cached yet, comes from the network as before.
/* global self, caches, Response, URL, fetch */
(() => {
  const address = /^(flat|high-contrast)\/([a-z0-9-]+)\.svg$/;
  /** Each set's pack read into a map id → SVG, once per service worker start. */
  const packs = new Map();
  function readPack(set) {
    if (!packs.has(set)) {
      // The precache keeps the file under its address with a revision in the query.
      const url = new URL(`pictograms/${set}.pack`, self.registration.scope).href;
      const reading = caches.match(url, { ignoreSearch: true }).then(async (response) => {
        const map = new Map();
        if (!response) {
          packs.delete(set);
          return map;
        }
        for (const entry of (await response.text()).split('\u001e')) {
          const cut = entry.indexOf('\u001f');
          if (cut > 0) map.set(entry.slice(0, cut), entry.slice(cut + 1));
        }
        return map;
      });
      packs.set(set, reading);
    }
    return packs.get(set);
  }
  self.addEventListener('fetch', (event) => {
    const request = event.request;
    if (request.method !== 'GET') return;
    const url = new URL(request.url);
    const base = new URL('pictograms/', self.registration.scope);
    if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return;
    const match = address.exec(url.pathname.slice(base.pathname.length));
    if (!match) return;
    event.respondWith(
      readPack(match[1])
        .then((map) => {
          const svg = map.get(match[2]);
          return svg === undefined ? fetch(request) : new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
        })
        .catch(() => fetch(request)),
    );
  });
})();
