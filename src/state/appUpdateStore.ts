import { createStore } from 'zustand/vanilla';

export interface AppUpdateState {
  /** The app has been saved on the device and works without a network. */
  readonly offlineReady: boolean;
  /** A new version is waiting; calling it switches to the new version (the page reloads). */
  readonly applyUpdate: (() => void) | null;
}

export const appUpdateStore = createStore<AppUpdateState>(() => ({ offlineReady: false, applyUpdate: null }));

export const dismissOfflineReady = (): void => appUpdateStore.setState({ offlineReady: false });
