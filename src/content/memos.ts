// Memos ("Muistio"): any meeting can have them (meeting 7 has the exercise in its list). DATA ONLY;
// ids are saved (DO NOT CHANGE without a migration).
import type { ExerciseOf, MeetingId, PictureText } from './types';

/** A meeting's memos are kept under this exercise id (meeting 7's is its "Muistio" exercise). */
export const memoExerciseId = (meetingId: string): string => `${meetingId}-memo`;

/** The memo's parts, in the workbook's order, with their pictures. */
export const memoParts: readonly PictureText[] = [
  { id: 'topic', textKey: 'memo.parts.topic', pictogram: 'memo' },
  { id: 'day', textKey: 'memo.parts.day', pictogram: 'calendar' },
  { id: 'people', textKey: 'memo.parts.people', pictogram: 'group' },
  { id: 'talked', textKey: 'memo.parts.talked', pictogram: 'small-talk' },
  { id: 'agreed', textKey: 'memo.parts.agreed', pictogram: 'agree-together' },
  { id: 'tasks', textKey: 'memo.parts.tasks', pictogram: 'tasks' },
  { id: 'next', textKey: 'memo.parts.next', pictogram: 'next-meeting' },
];

/** The memo exercise of a meeting; it reads the group's partner list (partners take part too). */
export function memoExercise(meetingId: MeetingId): ExerciseOf<'memo'> {
  return {
    id: memoExerciseId(meetingId),
    kind: 'memo',
    pictogram: 'memo',
    titleKey: 'memo.title',
    config: { introKey: 'memo.intro', parts: memoParts },
    // The group's partner list (domain/partners.ts partnersExerciseId).
    sources: ['partners'],
  };
}
