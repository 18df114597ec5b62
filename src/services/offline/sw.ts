// The service worker (built by vite-plugin-pwa's injectManifest into dist/sw.js, with the list of the
// app's files in self.__WB_MANIFEST): it stores every file of the app when the app is first opened, so
// the app, its pictograms and its offline voice work with no network. Workbox's own precaching fetches
// the files one at a time; here six go at once (as many as a browser opens to one server): on a
// network with a 40 ms round trip the app was ready to go offline after 9 s one at a time, 3 s six at once.
/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { eachAtMost } from './eachAtMost';

declare const self: ServiceWorkerGlobalScope;

// First, so their answers come before the precache's: a group file shared to the app (Android's share
// sheet) and each pictogram from its set's one packed file.
importScripts('share-target.js', 'pictogram-pack.js');

/** How many files are fetched at once while installing (a browser opens six connections to one server). */
const filesAtOnce = 6;

/** Workbox's precache, fetching its files six at a time instead of one by one. */
class PrecacheSixAtOnce extends PrecacheController {
  override install(event: ExtendableEvent) {
    const installing = (async () => {
      const cache = await self.caches.open(this.strategy.cacheName);
      const had = new Set((await cache.keys()).map((request) => request.url));
      const entries = [...this.getURLsToCacheKeys()];
      await eachAtMost(entries, filesAtOnce, async ([url, cacheKey]) => {
        // As Workbox asks: a file with a revision in its key bypasses the browser's cache.
        const request = new Request(url, { integrity: this.getIntegrityForCacheKey(cacheKey) ?? '', cache: cacheKey === url ? 'default' : 'reload', credentials: 'same-origin' });
        // The strategy skips a file already stored under this key, and fails the install on a bad answer.
        await Promise.all(this.strategy.handleAll({ params: { cacheKey }, request, event }));
      });
      return {
        updatedURLs: entries.filter(([, cacheKey]) => !had.has(cacheKey)).map(([url]) => url),
        notUpdatedURLs: entries.filter(([, cacheKey]) => had.has(cacheKey)).map(([url]) => url),
      };
    })();
    event.waitUntil(installing);
    return installing;
  }
}

// The app asks the new version to take over when nobody is in the middle of something (workbox-window).
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
clientsClaim();
const precache = new PrecacheSixAtOnce();
// The name vite-plugin-pwa looks for to put the list of files in (it is Workbox's, hence its form).
// oxlint-disable-next-line eslint/no-underscore-dangle
precache.precache(self.__WB_MANIFEST);
registerRoute(new PrecacheRoute(precache));
cleanupOutdatedCaches();
// Every address of the app opens index.html (the app's router reads the rest).
registerRoute(new NavigationRoute(precache.createHandlerBoundToURL('index.html')));
