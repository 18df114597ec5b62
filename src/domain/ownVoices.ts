// The group's own recordings of spoken texts: a support person or a participant reads a card, a
// statement or a choice aloud, and from then on the group hears that recording instead of a
// synthetic voice. Each recording is one answer of the whole group, keyed by the words it says,
// so it travels in the group's file and merges like any answer (the newer recording wins).
import * as v from 'valibot';
import type { Entry } from './records';

/** Recordings are kept under this exercise id, with the group as their scope. DO NOT CHANGE (saved). */
export const ownVoicesExerciseId = 'own-voices';
export const recordingType = 'recording';

export const recordingSchema = v.object({
  /** The language the words are in ("fi", "sv", "en"). */
  lang: v.pipe(v.string(), v.minLength(2), v.maxLength(12)),
  /** The words that were read, as shown on screen (so a support person sees what it says). */
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(4000)),
  /** The voice recording (a media record of the group). */
  mediaId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
});

export type Recording = v.InferOutput<typeof recordingSchema> & { readonly key: string };

/** The group's live recordings; answers whose data does not fit are left out. */
export function readRecordings(entries: readonly Entry[]): Recording[] {
  return entries.flatMap((e) => {
    if (e.deleted || e.exerciseId !== ownVoicesExerciseId || e.type !== recordingType) return [];
    return v.is(recordingSchema, e.data) ? [{ ...e.data, key: e.key }] : [];
  });
}
