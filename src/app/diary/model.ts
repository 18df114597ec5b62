// The group diary ("yhteinen historia"): one page per meeting the group has held or worked on,
// with who came, its photos, what was done and what was decided. Pure, so it is tested without a browser.
import { goalExerciseIds, rulesExercise } from '../../content/outcomes';
import { memoExerciseId } from '../../content/memos';
import { planExerciseId } from '../../content/planning';
import type { Exercise, ExerciseOf, Meeting } from '../../content/types';
import type { Entry, MeetingRecord } from '../../domain/records';
import { readMemos, type Memo } from '../../kinds/memo/model';
import { progressOf } from '../../kinds/registry';
import { readPlan } from '../plan/model';

export interface DiaryPage {
  readonly meeting: Meeting;
  /** The day it was held, or null when the group worked on it without marking it held. */
  readonly heldOn: string | null;
  readonly attendeeIds: readonly string[];
  readonly photoIds: readonly string[];
  /** Exercises the group did or started, in the meeting's order. */
  readonly exercises: readonly Exercise[];
  readonly hasRules: boolean;
  readonly hasGoal: boolean;
  /** Results with a page of their own made in this meeting (the tips list, the plan). */
  readonly summaries: readonly ExerciseOf<'canvas'>[];
  /** The meeting's memos (what was talked about and agreed, tasks). */
  readonly memos: readonly Memo[];
  /** When and where the group agreed to meet next, as planned in this meeting. */
  readonly next: { readonly day: string; readonly time: string; readonly place: string } | null;
}

/** Every photo an answer points to (a `photoId`, or a list of `photoIds`), in order. */
export function photoIdsIn(data: unknown): string[] {
  if (Array.isArray(data)) return data.flatMap(photoIdsIn);
  if (!data || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([key, value]) => {
    // A drawing is a picture of the group too (kinds/shared/drawing): it goes where the photos go.
    if ((key === 'photoId' || key === 'drawingId') && typeof value === 'string') return [value];
    if (key === 'photoIds' && Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
    return photoIdsIn(value);
  });
}

export function diaryPages(meetings: readonly Meeting[], records: readonly MeetingRecord[], entries: readonly Entry[]): DiaryPage[] {
  const live = entries.filter((e) => !e.deleted);
  const rulesMeeting = rulesExercise().meeting.id;
  const goalIds = new Set(goalExerciseIds());
  return meetings.flatMap((meeting) => {
    const record = records.find((r) => r.meetingId === meeting.id && !r.deleted) ?? null;
    const own = live.filter((e) => e.meetingId === meeting.id);
    const exercises = meeting.exercises.filter((e) => {
      const progress = progressOf(e, own);
      return progress === 'done' || progress === 'started';
    });
    const values = readPlan(meeting, own.filter((e) => e.exerciseId === planExerciseId(meeting.id))).values;
    const next = values['next-day'] ? { day: values['next-day'], time: values['next-time'] ?? '', place: values['next-place'] ?? '' } : null;
    const memos = readMemos(own.filter((e) => e.exerciseId === memoExerciseId(meeting.id)));
    if (!record?.heldOn && exercises.length === 0 && memos.length === 0) return [];
    return [
      {
        meeting,
        heldOn: record?.heldOn ?? null,
        attendeeIds: record?.heldOn ? record.attendeeIds : [],
        photoIds: [...new Set(own.flatMap((e) => photoIdsIn(e.data)))],
        exercises,
        hasRules: meeting.id === rulesMeeting && own.some((e) => e.type === 'rule'),
        hasGoal: own.some((e) => e.type === 'goal' && goalIds.has(e.exerciseId)),
        summaries: exercises.filter((e): e is ExerciseOf<'canvas'> => e.kind === 'canvas'),
        memos,
        next,
      },
    ];
  });
}
