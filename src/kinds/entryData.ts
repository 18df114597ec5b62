// Which schema an answer's data must match: that of its exercise's kind (import checks every answer).
import type { GenericSchema } from 'valibot';
import { findMeetingExercise, findStartBoard, supportChecklistId } from '../content/lookup';
import { planExerciseId } from '../content/planning';
import { documentsExerciseId, madeSchema, madeType } from '../domain/documentsMade';
import { groupSettingsExerciseId, settingSchema, settingType } from '../domain/groupSettings';
import { ownPictureSchema, ownPictureType, ownPicturesExerciseId } from '../domain/ownPictures';
import { ownVoicesExerciseId, recordingSchema, recordingType } from '../domain/ownVoices';
import { partnerSchema, partnersExerciseId, partnerType } from '../domain/partners';
import { tickSchema } from './checklist/model';
import { fieldSchema } from './form/model';
import { kindOf } from './registry';
import { doneSchema, doneType, todosExerciseId } from './shared/todos';

/** The schema for an answer of this exercise, meeting (or the group) and type, or null when no such answer exists. */
export function entryDataSchema(exerciseId: string, meetingId: string, type: string): GenericSchema | null {
  if (meetingId === 'group') return groupEntrySchema(exerciseId, type);
  // The support persons' checklist of each meeting is a checklist too; their plan has its own answers.
  if (exerciseId === supportChecklistId(meetingId)) return type === 'tick' ? tickSchema : null;
  if (exerciseId === planExerciseId(meetingId)) return type === 'tick' ? tickSchema : type === 'field' ? fieldSchema : null;
  const found = findMeetingExercise(meetingId, exerciseId);
  if (!found) return null;
  return kindOf(found.exercise.kind)?.entrySchemas[type] ?? null;
}

/** Answers of the whole group: its partners, its settings, its own recordings, and the getting-started boards (choice boards). */
function groupEntrySchema(exerciseId: string, type: string): GenericSchema | null {
  if (exerciseId === partnersExerciseId) return type === partnerType ? partnerSchema : null;
  if (exerciseId === groupSettingsExerciseId) return type === settingType ? settingSchema : null;
  if (exerciseId === ownPicturesExerciseId) return type === ownPictureType ? ownPictureSchema : null;
  if (exerciseId === ownVoicesExerciseId) return type === recordingType ? recordingSchema : null;
  if (exerciseId === todosExerciseId) return type === doneType ? doneSchema : null;
  if (exerciseId === documentsExerciseId) return type === madeType ? madeSchema : null;
  const board = findStartBoard(exerciseId);
  return board ? (kindOf(board.kind)?.entrySchemas[type] ?? null) : null;
}
