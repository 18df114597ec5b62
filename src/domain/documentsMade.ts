// When the group last made each of its documents (PDFs): an answer of the whole group per document,
// so the day travels in the group file and merges like every answer. DATA ONLY; ids are saved
// (DO NOT CHANGE without a migration).
import * as v from 'valibot';
import type { Entry } from './records';

/** "Made" days are answers of the whole group (meetingId 'group') under this exercise id. */
export const documentsExerciseId = 'documents';
/** key = the document's id (app/documents/catalog.ts documentIdOf: the exercise id, a memo's 'm03-memo/<key>'). */
export const madeType = 'made';
/** `at` = the day the PDF was last made, YYYY-MM-DD in the tablet's time. */
export const madeSchema = v.object({ at: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)) });

/** Document id → the last day it was made, from the group's answers. */
export function madeDays(entries: readonly Entry[]): ReadonlyMap<string, string> {
  const days = new Map<string, string>();
  for (const e of entries) {
    if (e.deleted || e.meetingId !== 'group' || e.exerciseId !== documentsExerciseId || e.type !== madeType) continue;
    const parsed = v.safeParse(madeSchema, e.data);
    if (parsed.success) days.set(e.key, parsed.output.at);
  }
  return days;
}
