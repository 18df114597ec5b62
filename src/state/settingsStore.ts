// This device's settings: kept here for synchronous reads (speech needs its rate inside a tap)
// and written through to the database.
import { createStore } from 'zustand/vanilla';
import { changeLanguage, type Language } from '../i18n/i18n';
import { reportError } from './errorStore';
import { defaultDeviceSettings, saveDeviceSettings, type DeviceSettings } from '../storage/repositories/settings';

export const settingsStore = createStore<DeviceSettings>(() => defaultDeviceSettings);

export async function setLanguage(language: Language): Promise<void> {
  settingsStore.setState({ language });
  await Promise.all([changeLanguage(language), saveDeviceSettings(settingsStore.getState())]);
}

/** Changes any other setting; it shows at once and is on disk when the promise resolves. */
export async function updateSettings(change: Partial<Omit<DeviceSettings, 'language'>>): Promise<void> {
  settingsStore.setState(change);
  await saveDeviceSettings(settingsStore.getState());
}

/** The same from a tap: a failed write is told to the user in plain words. */
export const saveSetting = (change: Partial<Omit<DeviceSettings, 'language'>>): void => void updateSettings(change).catch(reportError);

export const setSpeechRate = (speechRate: DeviceSettings['speechRate']): Promise<void> => updateSettings({ speechRate });
