// This device's settings: kept here for synchronous reads (speech needs its rate inside a tap)
// and written through to the database.
import { createStore } from 'zustand/vanilla';
import { changeLanguage, type Language } from '../i18n/i18n';
import { saveDeviceSettings, type DeviceSettings } from '../storage/repositories/settings';

export const settingsStore = createStore<DeviceSettings>(() => ({ language: 'fi', speechRate: 'slow' }));

export async function setLanguage(language: Language): Promise<void> {
  settingsStore.setState({ language });
  await Promise.all([changeLanguage(language), saveDeviceSettings(settingsStore.getState())]);
}

export async function setSpeechRate(speechRate: DeviceSettings['speechRate']): Promise<void> {
  settingsStore.setState({ speechRate });
  await saveDeviceSettings(settingsStore.getState());
}
