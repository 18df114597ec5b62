// The PIN: set at first use, checked to open support-person mode, changed only with the old one, and
// gone only when the whole device is emptied. Loaded when someone asks to unlock (not at start).
import type { PinHash } from '../domain/pinHash';
import { enterSupportMode, lockSupportMode } from '../state/modeStore';
import { loadPinHash, savePinHash } from '../storage/repositories/pin';
import { wipeDevice } from '../storage/wipe';
import { hashPin, verifyPin } from './pin';
import { sessionKey } from './supportMode';

export const hasPin = async (): Promise<boolean> => (await loadPinHash()) !== null;

/** First use: the support person chooses the PIN, and the tablet opens. */
export async function setFirstPin(pin: string): Promise<'set' | 'already-set'> {
  if (await hasPin()) return 'already-set';
  await savePinHash(await hashPin(pin));
  enterSupportMode();
  return 'set';
}

/** True when the PIN was right (the tablet is then open). */
export async function unlockWithPin(pin: string): Promise<boolean> {
  const stored = await loadPinHash();
  if (!stored || !(await verifyPin(pin, stored))) return false;
  enterSupportMode();
  return true;
}

/** A new PIN needs the old one; without it the only way is to empty the device. */
export async function changePin(oldPin: string, newPin: string): Promise<boolean> {
  const stored: PinHash | null = await loadPinHash();
  if (!stored || !(await verifyPin(oldPin, stored))) return false;
  await savePinHash(await hashPin(newPin));
  return true;
}

/** Deletes everything on this device, the PIN too. The app then starts again from the beginning. */
export async function emptyDevice(): Promise<void> {
  lockSupportMode();
  sessionStorage.removeItem(sessionKey);
  await wipeDevice();
}

