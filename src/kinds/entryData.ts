// Which schema an answer's data must match: that of its exercise's kind (import checks every answer).
import type { GenericSchema } from 'valibot';
import { findExercise, supportChecklistId } from '../content/lookup';
import { tickSchema } from './checklist/model';
import { kindOf } from './registry';

/** The schema for an answer of this exercise, meeting and type, or null when no such answer exists. */
export function entryDataSchema(exerciseId: string, meetingId: string, type: string): GenericSchema | null {
  // The support persons' checklist of each meeting is a checklist too.
  if (exerciseId === supportChecklistId(meetingId)) return type === 'tick' ? tickSchema : null;
  const found = findExercise(exerciseId);
  if (!found || found.meeting.id !== meetingId) return null;
  return kindOf(found.exercise.kind)?.entrySchemas[type] ?? null;
}
