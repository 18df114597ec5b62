import { meetings } from './meetings';
import { memoExercise, memoExerciseId } from './memos';
import { startBoards } from './startBoards';
import type { Exercise, Meeting } from './types';

const meetingById = new Map(meetings.map((m) => [m.id as string, m]));
const exerciseById = new Map(meetings.flatMap((m) => m.exercises.map((e) => [e.id, { exercise: e, meeting: m }] as const)));

export function findMeeting(id: string): Meeting | undefined {
  return meetingById.get(id);
}

/** An exercise of a meeting: one of its list, or its memos (every meeting can have memos). */
export function findMeetingExercise(meetingId: string, exerciseId: string): { exercise: Exercise; meeting: Meeting } | undefined {
  const meeting = meetingById.get(meetingId);
  if (!meeting) return undefined;
  const found = exerciseById.get(exerciseId);
  if (found) return found.meeting.id === meetingId ? found : undefined;
  return exerciseId === memoExerciseId(meetingId) ? { exercise: memoExercise(meeting.id), meeting } : undefined;
}

export function findExercise(id: string): { exercise: Exercise; meeting: Meeting } | undefined {
  return exerciseById.get(id);
}

/** The support persons' checklist of a meeting keeps its ticks under this exercise id. */
export const supportChecklistId = (meetingId: string): string => `${meetingId}-support`;

const boardById = new Map(startBoards.map((b) => [b.id, b]));

/** A getting-started board ("Sovitaan yhdessä"): a choice board of the whole group. */
export function findStartBoard(id: string): (typeof startBoards)[number] | undefined {
  return boardById.get(id);
}

/**
 * The exercises of a meeting in the order the group goes through them, split as its page shows
 * them: the ones the support persons chose for today (in the meeting's order), then the others.
 * With nothing chosen, every exercise is in `today`.
 */
export function meetingRun(meeting: Meeting, chosenIds: readonly string[]): { today: Exercise[]; others: Exercise[] } {
  const chosen = new Set(chosenIds);
  const today = meeting.exercises.filter((e) => chosen.has(e.id));
  if (today.length === 0) return { today: [...meeting.exercises], others: [] };
  return { today, others: meeting.exercises.filter((e) => !chosen.has(e.id)) };
}

/**
 * The exercise that comes after this one in its part of the meeting's run (today's or the others),
 * or null when it is the last one (then the meeting's summary comes) or not in the list (a memo).
 */
export function nextExerciseOf(meeting: Meeting, exerciseId: string, chosenIds: readonly string[]): Exercise | null {
  const { today, others } = meetingRun(meeting, chosenIds);
  for (const list of [today, others]) {
    const at = list.findIndex((e) => e.id === exerciseId);
    if (at >= 0) return list[at + 1] ?? null;
  }
  return null;
}
