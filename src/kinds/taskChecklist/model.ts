// The event day (meeting 9): the tasks of the task table (meeting 8, in `sources`), each with its
// people, ticked when done. Tasks added to the table later show up here too. Pure functions only.
import * as v from 'valibot';
import type { Entry } from '../../domain/records';
import { tickedItems, toggleWrite } from '../checklist/model';
import { readTasks, type Task } from '../taskTable/model';
import type { AnswerWrite, Progress } from '../types';

/** Whether every task of the table was ticked, last time the list was open: key 'status'. The task
 * list lives in another exercise, so progress cannot count it. DO NOT CHANGE without a migration. */
export const statusSchema = v.object({ allDone: v.boolean() });
const statusKey = 'status';

export interface EventRow {
  readonly task: Task;
  readonly isDone: boolean;
}

/** Every task of the table (per tick: key = the task's key), in the table's order. */
export function eventRows(sources: readonly Entry[], entries: readonly Entry[]): EventRow[] {
  const ticked = tickedItems(entries);
  return readTasks(sources).map((task) => ({ task, isDone: ticked.has(task.key) }));
}

export const tickWrite = (row: EventRow): AnswerWrite => toggleWrite(row.task.key, row.isDone);

const savedStatus = (entries: readonly Entry[]): boolean | undefined => {
  const entry = entries.find((e) => e.type === 'status' && e.key === statusKey);
  return entry && v.is(statusSchema, entry.data) ? entry.data.allDone : undefined;
};

export const isAllDone = (rows: readonly EventRow[]): boolean => rows.length > 0 && rows.every((r) => r.isDone);

/** The status to save when it no longer matches the list (a tick, a task added later), else null. */
export function statusWrite(rows: readonly EventRow[], entries: readonly Entry[]): AnswerWrite | null {
  const allDone = isAllDone(rows);
  const saved = savedStatus(entries);
  if (saved === allDone || (saved === undefined && !allDone)) return null;
  return { type: 'status', key: statusKey, data: { allDone } };
}

export function taskChecklistProgress(entries: readonly Entry[]): Progress {
  if (savedStatus(entries)) return 'done';
  return tickedItems(entries).size > 0 ? 'started' : 'not-started';
}
