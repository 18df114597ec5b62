// "Meidän työt": one list of who does what, read from the records where the jobs were agreed — the
// memos' tasks, the partner agreements' tasks and meeting 8's task table — never copied. A job ticked
// done is its own answer of the whole group (exerciseId 'todos', type 'done', key = the job's id), so a
// tick merges on its own between tablets and the memo, agreement and table stay as they were. Pure.
import * as v from 'valibot';
import { agreementExerciseId, taskTableExerciseId, todoMeetingIds, todosExerciseId } from '../../content/todos';
import type { MeetingId } from '../../content/types';
import { parseStamp } from '../../domain/clock';
import type { Entry } from '../../domain/records';
import { agreementSchema, agreementType } from '../agreement/model';
import { readMemos } from '../memo/model';
import { taskLook } from '../taskTable/look';
import { readTasks } from '../taskTable/model';
import type { AnswerWrite } from '../types';

export { todoSourceIds, todosExerciseId } from '../../content/todos';
export const doneType = 'done';
/** key = the job's id (see Todo.id). DO NOT CHANGE without a migration. */
export const doneSchema = v.object({ done: v.boolean() });
const meetingIds = todoMeetingIds;

export type TodoSource = 'memo' | 'agreement' | 'taskTable';

export interface Todo {
  /** Stable: 'memo:<memo key>:<task id, or index for older tasks>', 'agreement:<partner key>:<task id>', 'task:<task key>'. */
  readonly id: string;
  readonly source: TodoSource;
  readonly meetingId: MeetingId;
  /** The job in the group's words, or (a ready task of the table) its text key. */
  readonly text?: string;
  readonly textKey?: string;
  /** Members who do it. */
  readonly personIds: readonly string[];
  /** The partner (key) who does it too (an agreement's task). */
  readonly partnerKey?: string;
  /** What it came from: a memo's topic, the partner's key of an agreement ('' when none). */
  readonly from: string;
  /** The day it was agreed, YYYY-MM-DD, or '' when not known. */
  readonly day: string;
  readonly done: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (ms: number): string => {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? '' : `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
/** The day (local) of a clock stamp: when a record was last changed. */
const stampDay = (stamp: string): string => {
  const wall = parseStamp(stamp)?.wall;
  return wall === undefined ? '' : dayOf(wall);
};

/** The jobs ticked done (their ids). */
export function doneIds(entries: readonly Entry[]): ReadonlySet<string> {
  const done = new Set<string>();
  for (const e of entries) {
    if (!e.deleted && e.exerciseId === todosExerciseId && e.type === doneType && v.is(doneSchema, e.data) && e.data.done) done.add(e.key);
  }
  return done;
}

/**
 * Every job agreed, oldest meeting first: memo tasks with words, agreement tasks, and the task table's
 * tasks that someone does. `heldOn` gives the day a meeting was held (for jobs whose record has no day).
 */
export function gatherTodos(entries: readonly Entry[], heldOn: ReadonlyMap<string, string> = new Map()): Todo[] {
  const live = entries.filter((e) => !e.deleted);
  const done = doneIds(live);
  const todos: Todo[] = [];
  const memoEntries = live.filter((e) => e.exerciseId.endsWith('-memo'));
  for (const memo of readMemos(memoEntries)) {
    memo.tasks.forEach((task, index) => {
      const text = task.text.trim();
      if (!text) return;
      // Older tasks have no id of their own: their place in the list names them.
      const id = `memo:${memo.key}:${task.id ?? index}`;
      todos.push({ id, source: 'memo', meetingId: memo.meetingId, text, personIds: task.personIds, from: memo.topic.trim(), day: memo.day || (heldOn.get(memo.meetingId) ?? ''), done: done.has(id) });
    });
  }
  for (const entry of live) {
    if (entry.exerciseId !== agreementExerciseId || entry.type !== agreementType || entry.meetingId === 'group') continue;
    const parsed = v.safeParse(agreementSchema, entry.data);
    if (!parsed.success) continue;
    const day = heldOn.get(entry.meetingId) ?? stampDay(entry.updatedAt);
    for (const task of parsed.output.tasks) {
      const id = `agreement:${entry.key}:${task.id}`;
      todos.push({ id, source: 'agreement', meetingId: entry.meetingId, text: task.text, personIds: task.memberIds, ...(task.byPartner ? { partnerKey: entry.key } : {}), from: entry.key, day, done: done.has(id) });
    }
  }
  const tableEntries = live.filter((e) => e.exerciseId === taskTableExerciseId);
  for (const task of readTasks(tableEntries)) {
    if (task.doerIds.length === 0) continue;
    const look = taskLook(task);
    const id = `task:${task.key}`;
    const meetingId = (tableEntries[0]?.meetingId ?? 'm08') as MeetingId;
    todos.push({ id, source: 'taskTable', meetingId, ...(look.text ? { text: look.text } : look.textKey ? { textKey: look.textKey } : { text: '' }), personIds: task.doerIds, from: '', day: dayOf(task.createdAt), done: done.has(id) });
  }
  const order = (m: string) => meetingIds.indexOf(m as MeetingId);
  // A stable sort: within a meeting, memos, then agreements, then the table, each in its own order.
  return todos.sort((a, b) => order(a.meetingId) - order(b.meetingId));
}

/** Jobs still open that were agreed before the given meeting (read at that meeting's check-in). */
export const openBefore = (todos: readonly Todo[], meetingId: string): Todo[] =>
  todos.filter((t) => !t.done && meetingIds.indexOf(t.meetingId) < meetingIds.indexOf(meetingId as MeetingId));

/** Jobs a member has done (the self-evaluation, the certificate). */
export const doneBy = (todos: readonly Todo[], personId: string): Todo[] => todos.filter((t) => t.done && t.personIds.includes(personId));

export const doneWrite = (todoId: string, isDone: boolean): AnswerWrite => ({ type: doneType, key: todoId, data: { done: isDone } });
