// A meeting's memo ("Muistio"): topic, day, who took part (members and partners), what was talked
// about, what was agreed, tasks with who does them, and the next meeting or contact. A meeting may
// have several memos (a talk with a partner is its own memo), so each has a random key.
import * as v from 'valibot';
import type { MeetingId } from '../../content/types';
import type { Entry } from '../../domain/records';
import type { AnswerWrite, Progress } from '../types';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const ids = v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(60));

/** A task; `id` (added later, so optional) keeps its "done" tick in Our jobs when an earlier task is removed. */
export const memoTaskSchema = v.object({ id: v.optional(v.pipe(v.string(), v.maxLength(64))), text: text(300), personIds: ids });
export type MemoTask = v.InferOutput<typeof memoTaskSchema>;

/** key = a random id. `day` is YYYY-MM-DD or empty. */
export const memoSchema = v.object({
  topic: text(200),
  day: v.pipe(v.string(), v.regex(/^(\d{4}-\d{2}-\d{2})?$/)),
  personIds: ids,
  partnerKeys: ids,
  talked: text(2000),
  agreed: text(2000),
  tasks: v.pipe(v.array(memoTaskSchema), v.maxLength(40)),
  next: text(500),
  photoId: v.optional(v.pipe(v.string(), v.maxLength(100))),
  createdAt: v.number(),
});
export type MemoData = v.InferOutput<typeof memoSchema>;

export interface Memo extends MemoData {
  readonly key: string;
  readonly meetingId: MeetingId;
}

export const memoType = 'memo';

/** The memos among answers (of one meeting or the whole group), oldest first. */
export function readMemos(entries: readonly Entry[]): Memo[] {
  const memos: Memo[] = [];
  for (const entry of entries) {
    if (entry.type !== memoType || entry.deleted || entry.meetingId === 'group') continue;
    const parsed = v.safeParse(memoSchema, entry.data);
    if (parsed.success) memos.push({ ...parsed.output, key: entry.key, meetingId: entry.meetingId });
  }
  return memos.sort((a, b) => a.meetingId.localeCompare(b.meetingId) || a.createdAt - b.createdAt || a.key.localeCompare(b.key));
}

/** A new, empty memo dated today. */
export function newMemo(today: string, now: number): MemoData {
  return { topic: '', day: today, personIds: [], partnerKeys: [], talked: '', agreed: '', tasks: [], next: '', createdAt: now };
}

export const memoWrite = (key: string, memo: MemoData): AnswerWrite => ({ type: memoType, key, data: memo });

/** Adds the id when it is not in the list, takes it out when it is. */
export const toggled = (list: readonly string[], id: string): string[] => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

/** What a memo still lacks: the workbook's parts that are empty (said to the group, not enforced). */
export function emptyParts(memo: MemoData): string[] {
  const empty: string[] = [];
  if (!memo.topic.trim()) empty.push('topic');
  if (memo.personIds.length + memo.partnerKeys.length === 0) empty.push('people');
  if (!memo.talked.trim()) empty.push('talked');
  if (!memo.agreed.trim()) empty.push('agreed');
  if (!memo.next.trim()) empty.push('next');
  return empty;
}

export function memoProgress(entries: readonly Entry[]): Progress {
  const memos = readMemos(entries);
  if (memos.length === 0) return 'not-started';
  return memos.some((m) => emptyParts(m).length === 0) ? 'done' : 'started';
}
