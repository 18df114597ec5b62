// The support persons' PIN, as a salted hash: a setting of this device only, never exported.
import * as v from 'valibot';
import { pinHashSchema, type PinHash } from '../../domain/pinHash';
import { db } from '../db';

const pinKey = 'pin';

/** The support persons' PIN (as a hash), or null when none has been set on this device. */
export async function loadPinHash(): Promise<PinHash | null> {
  const row = await db().settings.get(pinKey);
  const parsed = v.safeParse(pinHashSchema, row?.value);
  return parsed.success ? parsed.output : null;
}

export async function savePinHash(hash: PinHash): Promise<void> {
  await db().settings.put({ key: pinKey, value: hash });
}
