import { render } from 'preact';
import { App } from './app/App';
import { navigate } from './app/router';
import { initI18n, preloadLanguage } from './i18n/i18n';
import { requestPersistentStorage } from './services/persistence';
import { listenForLaunchedFiles } from './services/launchedFile';
import { mirrorGroupCount } from './services/startMirror';
import { initSpeech, warmUpVoiceWhenIdle } from './services/speech/speech';
import { watchSupportMode } from './services/supportMode';
import { reportError } from './state/errorStore';
import { settingsStore } from './state/settingsStore';
import { defaultDeviceSettings, loadDeviceSettings, type DeviceSettings } from './storage/repositories/settings';
import { onWritesInFlight } from './storage/writesInFlight';
import { whenIdle } from './ui/whenIdle';
import './ui/styles/index.css';

async function start(): Promise<void> {
  // Finnish texts are always needed (the master and fallback): fetch them while the settings load.
  void preloadLanguage('fi');
  const settings = await loadDeviceSettings(navigator.languages).catch(() => defaultDeviceSettings);
  settingsStore.setState(settings);
  // The start screen's shell (index.html, scripts/vite-prerender-shell.ts) paints before this code runs:
  // it reads the language and the look from this copy, so high contrast or larger text do not flash
  // (and the idle time, to know whether support-person mode is still open after a reload).
  mirrorDisplaySettings(settings);
  settingsStore.subscribe(mirrorDisplaySettings);
  mirrorGroupCount(reportError);
  // While a write is still on its way to the disk (src/storage/writesInFlight.ts).
  onWritesInFlight((count) => document.documentElement.toggleAttribute('data-saving', count > 0));
  await initI18n(settings.language);
  initSpeech();
  warmUpVoiceWhenIdle();
  watchSupportMode();
  const root = document.getElementById('app');
  if (root) render(<App />, root);
  void requestPersistentStorage();
  listenForLaunchedFiles(() => navigate({ name: 'import' }));
  // workbox-window waits for the page's load event anyway: it stays out of the first download.
  void import('./services/serviceWorker').then((m) => m.registerServiceWorker());
  // Photos and sounds no record uses any more leave the tablet a day later (src/storage/unusedMedia.ts);
  // when the tablet is idle, so the start stays quick. If it fails, nothing is lost: the next start tries again.
  whenIdle(() => void import('./storage/unusedMedia').then((m) => m.removeUnusedMedia()).catch((error: unknown) => console.warn('unused media', error)), { fallbackMs: 2000, timeout: 10_000 });
}

function mirrorDisplaySettings({ language, highContrast, textSize, reducedMotion, idleMinutes }: DeviceSettings): void {
  try {
    localStorage.setItem('porukka.display', JSON.stringify({ language, highContrast, textSize, reducedMotion, idleMinutes }));
  } catch {
    // Storage refused (private mode): the shell then paints in the default look.
  }
}

void start();
