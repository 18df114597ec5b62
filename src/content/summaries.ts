import { meetings } from './meetings';
import type { ExerciseOf, Meeting } from './types';

/** Exercises whose result is a page of its own (the tips list, the action plan), in journey order. */
export function summaryExercises(): { exercise: ExerciseOf<'canvas'>; meeting: Meeting }[] {
  return meetings.flatMap((meeting) => meeting.exercises.flatMap((exercise) => (exercise.kind === 'canvas' ? [{ exercise, meeting }] : [])));
}
