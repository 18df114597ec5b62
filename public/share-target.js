// Porukka's share target (loaded into the service worker with importScripts): when a group file is
// shared to the installed app (Android's share sheet), the system POSTs it here. The file is kept in
// a cache of its own and the app opens on its import screen, which takes it from there.
/* global self, caches, Response, URL */
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'POST' || url.pathname !== new URL('share-target', self.registration.scope).pathname) return;
  event.respondWith(
    (async () => {
      const form = await event.request.formData();
      const file = form.getAll('file').find((item) => typeof item !== 'string');
      if (file) {
        const cache = await caches.open('porukka-shared-file');
        const headers = { 'content-type': file.type || 'application/json', 'x-file-name': encodeURIComponent(file.name) };
        await cache.put('shared-file', new Response(file, { headers }));
      }
      return Response.redirect(new URL('?shared-file#/import', self.registration.scope).href, 303);
    })(),
  );
});
