// Support-person mode while the app runs: locking by a tap or after the idle time, the long-press way
// in, and remembering an open session across a reload of the same tab (an update reloads) but not a new start.
// The PIN itself is in pinLock.ts, loaded only when someone asks to unlock.
import { hasIdled } from '../domain/lock';
import { enterSupportMode, lockSupportMode, modeStore, noteActivity } from '../state/modeStore';
import { settingsStore } from '../state/settingsStore';

/** Where an open support-person session is remembered for this tab (cleared when the tab closes). */
export const sessionKey = 'porukka-support-activity';

/** Holding the lock button down opens the tablet, when a support person has turned that on. */
export function unlockByLongPress(): boolean {
  if (!settingsStore.getState().longPressUnlock) return false;
  enterSupportMode();
  return true;
}

export function lock(): void {
  lockSupportMode();
}

function lockIfIdle(): void {
  const { isSupport, lastActivity } = modeStore.getState();
  if (isSupport && hasIdled(lastActivity, Date.now(), settingsStore.getState().idleMinutes)) lockSupportMode();
}

/**
 * Watches for taps and keys while support-person mode is open and locks after the idle time. The
 * check runs every few seconds and when the tablet wakes, so a sleeping tablet locks on waking.
 */
export function watchSupportMode(): void {
  const saved = Number(sessionStorage.getItem(sessionKey));
  if (saved > 0 && !hasIdled(saved, Date.now(), settingsStore.getState().idleMinutes)) enterSupportMode(saved);
  const remember = ({ isSupport, lastActivity }: { isSupport: boolean; lastActivity: number }) => {
    if (isSupport) sessionStorage.setItem(sessionKey, String(lastActivity));
    else sessionStorage.removeItem(sessionKey);
  };
  remember(modeStore.getState());
  modeStore.subscribe(remember);
  let lastNoted = 0;
  const onActivity = () => {
    const now = Date.now();
    lockIfIdle();
    // A tap a second is plenty to know someone is there; fewer writes to the store.
    if (now - lastNoted > 1000) {
      lastNoted = now;
      noteActivity(now);
    }
  };
  // Only what a person does counts: the app's own scrolling (a new screen starts at its top, a turn
  // comes into view) must not keep an unattended tablet open. Touch scrolling starts with a pointerdown.
  for (const type of ['pointerdown', 'keydown', 'wheel'] as const) document.addEventListener(type, onActivity, { capture: true, passive: true });
  document.addEventListener('visibilitychange', lockIfIdle);
  setInterval(lockIfIdle, 5000);
}
