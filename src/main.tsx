import { render } from 'preact';
import { App } from './app/App';
import { navigate } from './app/router';
import { initI18n, preloadLanguage } from './i18n/i18n';
import { requestPersistentStorage } from './services/persistence';
import { listenForLaunchedFiles } from './services/launchedFile';
import { registerServiceWorker } from './services/serviceWorker';
import { initSpeech } from './services/speech/speech';
import { watchSupportMode } from './services/supportMode';
import { settingsStore } from './state/settingsStore';
import { defaultDeviceSettings, loadDeviceSettings } from './storage/repositories/settings';
import './ui/styles/index.css';

async function start(): Promise<void> {
  // Finnish texts are always needed (the master and fallback): fetch them while the settings load.
  void preloadLanguage('fi');
  const settings = await loadDeviceSettings(navigator.languages).catch(() => defaultDeviceSettings);
  settingsStore.setState(settings);
  await initI18n(settings.language);
  initSpeech();
  watchSupportMode();
  const root = document.getElementById('app');
  if (root) render(<App />, root);
  void requestPersistentStorage();
  listenForLaunchedFiles(() => navigate({ name: 'import' }));
  registerServiceWorker();
}

void start();
