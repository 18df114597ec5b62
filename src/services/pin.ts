// The support persons' PIN is kept only as a salted hash (PBKDF2-SHA-256), so the digits are never
// on the device. A 4-digit PIN keeps participants out; it is not meant to stop a determined attacker.
import { base64ToBytes, bytesToBase64 } from '../domain/base64';
import type { PinHash } from '../domain/pinHash';

/** Enough to make each guess cost something, little enough to unlock in well under a second. */
export const pinIterations = 100_000;

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, material, 256);
  return new Uint8Array(bits);
}

export async function hashPin(pin: string, iterations = pinIterations): Promise<PinHash> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(pin, salt, iterations);
  return { algorithm: 'PBKDF2-SHA-256', iterations, salt: bytesToBase64(salt), hash: bytesToBase64(hash) };
}

export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const salt = base64ToBytes(stored.salt);
  const expected = base64ToBytes(stored.hash);
  if (!salt || !expected) return false;
  const actual = await derive(pin, salt, stored.iterations);
  // Compare every byte, so the time taken does not tell how much of a guess was right.
  let difference = actual.length ^ expected.length;
  for (let i = 0; i < actual.length; i += 1) difference |= (actual[i] ?? 0) ^ (expected[i] ?? 0);
  return difference === 0;
}
