// Registers the service worker (precache of the whole app) and reports "ready to work offline" and
// "update available" to the app, which decides when to show them.
import { Workbox } from 'workbox-window';
import { appUpdateStore } from '../state/appUpdateStore';

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });

  workbox.addEventListener('installed', (event) => {
    if (!event.isUpdate) appUpdateStore.setState({ offlineReady: true });
  });

  workbox.addEventListener('waiting', () => {
    appUpdateStore.setState({
      applyUpdate: () => {
        workbox.addEventListener('controlling', () => window.location.reload());
        workbox.messageSkipWaiting();
      },
    });
  });

  void workbox.register();
  // Look for a new version when the app comes back to the front (tablets stay open for days).
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void workbox.update();
  });
}
