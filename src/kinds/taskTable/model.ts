// Työnjako: task cards with the skills they need, who does them and who helps. Each choice is its
// own answer with a deterministic key, so taps on two tablets merge. Meeting 9's event-day list reads
// these tasks. Pure functions only.
import * as v from 'valibot';
import type { TaskSuggestion } from '../../content/types';
import { newId } from '../../domain/ids';
import type { Entry } from '../../domain/records';
import type { AnswerWrite, Progress } from '../types';

const id = v.pipe(v.string(), v.maxLength(64));
export const taskTextMaxLength = 200;
export const supportMaxLength = 300;

/** A task: key = a random id. A ready task keeps its suggestion's id (shown in the reader's language)
 * until the group writes its own words. DO NOT CHANGE without a migration. */
export const taskSchema = v.object({
  suggestionId: v.optional(id),
  text: v.optional(v.pipe(v.string(), v.maxLength(taskTextMaxLength))),
  /** What support is needed, and from whom, in the group's words. */
  support: v.optional(v.pipe(v.string(), v.maxLength(supportMaxLength))),
  createdAt: v.number(),
});
export type TaskData = v.InferOutput<typeof taskSchema>;

/** Per (task, strength of the skills map): key `${taskKey}:${skillId}`. DO NOT CHANGE without a migration. */
export const needSchema = v.object({ needed: v.boolean() });
/** Per (task, member who does it): key `${taskKey}:${personId}`. DO NOT CHANGE without a migration. */
export const doerSchema = v.object({ does: v.boolean() });
/** Per (task, member who helps): key `${taskKey}:${personId}`. DO NOT CHANGE without a migration. */
export const helperSchema = v.object({ helps: v.boolean() });

export interface Task extends TaskData {
  readonly key: string;
  readonly exerciseId: string;
  /** Strengths needed, members who do it and members who help, in the order they were tapped. */
  readonly skillIds: readonly string[];
  readonly doerIds: readonly string[];
  readonly helperIds: readonly string[];
}

type PairType = 'need' | 'doer' | 'helper';
const pairSchemas = { need: needSchema, doer: doerSchema, helper: helperSchema } as const;
const isOn = (type: PairType, data: unknown): boolean => {
  if (type === 'need') return v.is(needSchema, data) && data.needed;
  if (type === 'doer') return v.is(doerSchema, data) && data.does;
  return v.is(helperSchema, data) && data.helps;
};

/** Task key → the ids switched on for it. */
function pairs(entries: readonly Entry[], type: PairType): ReadonlyMap<string, string[]> {
  const byTask = new Map<string, string[]>();
  for (const entry of entries) {
    if (entry.type !== type || !v.is(pairSchemas[type], entry.data) || !isOn(type, entry.data)) continue;
    const at = entry.key.indexOf(':');
    if (at <= 0 || at === entry.key.length - 1) continue;
    const taskKey = entry.key.slice(0, at);
    byTask.set(taskKey, [...(byTask.get(taskKey) ?? []), entry.key.slice(at + 1)]);
  }
  return byTask;
}

/** The table's tasks in the order they were added (removed tasks are gone; their choices are ignored). */
export function readTasks(entries: readonly Entry[]): Task[] {
  const needs = pairs(entries, 'need');
  const doers = pairs(entries, 'doer');
  const helpers = pairs(entries, 'helper');
  const tasks: Task[] = [];
  for (const entry of entries) {
    if (entry.type !== 'task') continue;
    const parsed = v.safeParse(taskSchema, entry.data);
    if (!parsed.success) continue;
    tasks.push({
      ...parsed.output,
      key: entry.key,
      exerciseId: entry.exerciseId,
      skillIds: needs.get(entry.key) ?? [],
      doerIds: doers.get(entry.key) ?? [],
      helperIds: helpers.get(entry.key) ?? [],
    });
  }
  return tasks.sort((a, b) => a.createdAt - b.createdAt || a.key.localeCompare(b.key));
}

export function findTask(entries: readonly Entry[], key: string): Task | undefined {
  return readTasks(entries).find((t) => t.key === key);
}

export interface NewTask {
  readonly key: string;
  readonly writes: readonly AnswerWrite[];
}

/** A new task from a ready picture (with the strengths it usually needs) or from the group's words. */
export function newTaskWrites(from: { readonly suggestion: TaskSuggestion } | { readonly text: string }, now: number = Date.now()): NewTask | null {
  const key = newId();
  if ('suggestion' in from) {
    const task: AnswerWrite = { type: 'task', key, data: { suggestionId: from.suggestion.id, createdAt: now } };
    return { key, writes: [task, ...from.suggestion.skillIds.map((skillId) => needWrite(key, skillId, true))] };
  }
  const text = from.text.trim().slice(0, taskTextMaxLength);
  return text ? { key, writes: [{ type: 'task', key, data: { text, createdAt: now } }] } : null;
}

/** The task with its words or its support changed. Empty words bring back a ready task's own words;
 * a task of the group's own words keeps them (a task without words would be an empty card). */
export function taskWrite(task: Task, change: { readonly text?: string; readonly support?: string }): AnswerWrite {
  const written = (change.text ?? task.text ?? '').trim().slice(0, taskTextMaxLength);
  const text = written || (task.suggestionId === undefined ? task.text : undefined);
  const support = (change.support ?? task.support ?? '').trim().slice(0, supportMaxLength);
  const data: TaskData = {
    ...(task.suggestionId !== undefined ? { suggestionId: task.suggestionId } : {}),
    ...(text ? { text } : {}),
    ...(support ? { support } : {}),
    createdAt: task.createdAt,
  };
  return { type: 'task', key: task.key, data };
}

export const needWrite = (taskKey: string, skillId: string, needed: boolean): AnswerWrite => ({ type: 'need', key: `${taskKey}:${skillId}`, data: { needed } });
export const doerWrite = (taskKey: string, personId: string, does: boolean): AnswerWrite => ({ type: 'doer', key: `${taskKey}:${personId}`, data: { does } });
export const helperWrite = (taskKey: string, personId: string, helps: boolean): AnswerWrite => ({ type: 'helper', key: `${taskKey}:${personId}`, data: { helps } });

/** Done when every task has someone to do it. */
export function taskTableProgress(entries: readonly Entry[]): Progress {
  const tasks = readTasks(entries);
  if (tasks.length === 0) return 'not-started';
  return tasks.every((t) => t.doerIds.length > 0) ? 'done' : 'started';
}
