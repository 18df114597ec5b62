// Registers the service worker (precache of the whole app) and reports "ready to work offline" and
// "update available" to the app, which decides when to show them.
import { Workbox } from 'workbox-window';
import { appUpdateStore } from '../state/appUpdateStore';

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });

  workbox.addEventListener('installed', (event) => {
    if (!event.isUpdate && !event.isExternal) appUpdateStore.setState({ offlineReady: true });
  });

  const applyUpdate = () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    workbox.messageSkipWaiting();
  };
  const offerUpdate = (registration: ServiceWorkerRegistration) => {
    // Only an update: on the very first visit the new worker takes over at once.
    if (registration.waiting && navigator.serviceWorker.controller) appUpdateStore.setState({ applyUpdate });
  };
  const watch = (registration: ServiceWorkerRegistration, worker: ServiceWorker | null) =>
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offerUpdate(registration);
    });

  void workbox.register().then((registration) => {
    if (!registration) return;
    // A new version may have started installing before this page registered (the browser checks on
    // every navigation), so look at the registration itself, not only at workbox-window's events.
    offerUpdate(registration);
    watch(registration, registration.installing);
    registration.addEventListener('updatefound', () => watch(registration, registration.installing));
    workbox.addEventListener('waiting', () => offerUpdate(registration));
  }, (error: unknown) => console.warn('Service worker not registered', error));

  // Look for a new version when the app comes back to the front (tablets stay open for days).
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void workbox.update();
  });
}
