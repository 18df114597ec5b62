// Support-person mode: what a PIN looks like, and when an unlocked tablet locks itself again.
/** A PIN is 4 to 8 digits: easy for a support person to remember, quick to type on a number pad. */
export const pinPattern = /^\d{4,8}$/;

/** Minutes without a tap after which support-person mode locks; a support person picks one. */
export const idleChoices = [2, 5, 10, 30] as const;
export type IdleMinutes = (typeof idleChoices)[number];
export const defaultIdleMinutes: IdleMinutes = 10;

/** How long the lock button is held down to unlock without the PIN (when that is turned on). */
export const longPressMs = 2000;

/** Whether an unlocked tablet, last touched at `lastActivity`, should be locked at `now`. */
export function hasIdled(lastActivity: number, now: number, idleMinutes: number): boolean {
  return now - lastActivity >= idleMinutes * 60_000;
}
