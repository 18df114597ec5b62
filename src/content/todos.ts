// "Meidän työt" (kinds/shared/todos.ts): where the group's jobs are agreed, and where a job ticked done
// is kept. DATA ONLY; ids are saved (DO NOT CHANGE without a migration).
import type { MeetingId } from './types';

/** Ticks "done" are answers of the whole group under this exercise id. */
export const todosExerciseId = 'todos';
/** Meeting 7's agreements with partners and meeting 8's task table (memos: every meeting's). */
export const agreementExerciseId = 'm07-agreement';
export const taskTableExerciseId = 'm08-tasks';
export const todoMeetingIds: readonly MeetingId[] = ['m01', 'm02', 'm03', 'm04', 'm05', 'm06', 'm07', 'm08', 'm09', 'm10'];
/** Every exercise a to-do list reads (with the partner list, for the partners' names). */
export const todoSourceIds: readonly string[] = [
  ...todoMeetingIds.map((m) => `${m}-memo`),
  agreementExerciseId,
  taskTableExerciseId,
  todosExerciseId,
  'partners',
];
