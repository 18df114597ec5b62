// Participant mode or support-person mode. The tablet starts locked; support-person mode is opened
// with the PIN (services/supportMode.ts) and locks again by a tap or after a set idle time.
import { createStore } from 'zustand/vanilla';

export interface ModeState {
  readonly isSupport: boolean;
  /** When the tablet was last touched while unlocked (ms since 1970). */
  readonly lastActivity: number;
}

export const modeStore = createStore<ModeState>(() => ({ isSupport: false, lastActivity: 0 }));

export const enterSupportMode = (now: number = Date.now()): void => modeStore.setState({ isSupport: true, lastActivity: now });

export const lockSupportMode = (): void => modeStore.setState({ isSupport: false, lastActivity: 0 });

export function noteActivity(now: number = Date.now()): void {
  if (modeStore.getState().isSupport) modeStore.setState({ lastActivity: now });
}
