// The PIN's stored form (kept apart from lock.ts, so the schema loads only with the PIN dialog).
import * as v from 'valibot';

/** The PIN as stored on the device: a salted PBKDF2 hash, never the digits. */
export const pinHashSchema = v.strictObject({
  algorithm: v.literal('PBKDF2-SHA-256'),
  iterations: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5_000_000)),
  salt: v.pipe(v.string(), v.maxLength(64)),
  hash: v.pipe(v.string(), v.maxLength(128)),
});
export type PinHash = v.InferOutput<typeof pinHashSchema>;
