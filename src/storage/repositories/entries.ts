import { findMeeting, supportChecklistId } from '../../content/lookup';
import { meetings } from '../../content/meetings';
import { planExerciseId } from '../../content/planning';
import { memoExerciseId } from '../../content/memos';
import type { MeetingId } from '../../content/types';
import { entryId, type Entry, type EntryScope } from '../../domain/records';
import { db } from '../db';
import { stampedWrite } from '../device';
import { entriesOf, getEntry, groupEntries, putEntriesInSets } from '../entrySets';

export interface EntryAddress {
  readonly groupId: string;
  readonly meetingId: EntryScope;
  readonly exerciseId: string;
  readonly type: string;
  readonly key: string;
}

const idOf = (a: EntryAddress): string => entryId(a.groupId, a.exerciseId, a.type, a.key);

/** Saves one answer; it is on disk when the promise resolves. */
export async function putEntry(address: EntryAddress, data: unknown): Promise<void> {
  await putEntries([{ address, data }]);
}

/** Saves several answers in one transaction. */
export async function putEntries(items: readonly { address: EntryAddress; data: unknown }[]): Promise<void> {
  await stampedWrite(['entrySets'], async (stamp, database) => {
    await putEntriesInSets(
      database,
      items.map(({ address, data }) => ({ id: idOf(address), ...address, data, ...stamp(), deleted: false })),
    );
  });
}

async function setDeleted(address: EntryAddress, deleted: boolean): Promise<void> {
  await stampedWrite(['entrySets'], async (stamp, database) => {
    const entry = await getEntry(database, { ...address, id: idOf(address) });
    if (!entry || entry.deleted === deleted) return;
    await putEntriesInSets(database, [{ ...entry, ...stamp(), deleted }]);
  });
}

/** Removes an answer (a tombstone, so the removal merges and can be undone). */
export const removeEntry = (address: EntryAddress): Promise<void> => setDeleted(address, true);

export const restoreEntry = (address: EntryAddress): Promise<void> => setDeleted(address, false);

/** The live answers of one exercise. */
export async function listExerciseEntries(groupId: string, exerciseId: string): Promise<Entry[]> {
  const sets = await db().entrySets.where('[groupId+exerciseId]').equals([groupId, exerciseId]).toArray();
  return entriesOf(sets).filter((e) => !e.deleted);
}

/** The live answers of several exercises (an exercise and the ones it reads from). */
export async function listEntriesOfExercises(groupId: string, exerciseIds: readonly string[]): Promise<Entry[]> {
  const keys = exerciseIds.map((id) => [groupId, id]);
  const sets = await db().entrySets.where('[groupId+exerciseId]').anyOf(keys).toArray();
  return entriesOf(sets).filter((e) => !e.deleted);
}

/** The live answers of one type from the given exercises (the rules, the goal). */
export async function listEntriesOfType(groupId: string, type: string, exerciseIds: readonly string[]): Promise<Entry[]> {
  return (await listEntriesOfExercises(groupId, exerciseIds)).filter((e) => e.type === type);
}

/** The live answers of every exercise of one meeting, its support checklist and its plan. */
export async function listMeetingEntries(groupId: string, meetingId: MeetingId): Promise<Entry[]> {
  const exerciseIds = findMeeting(meetingId)?.exercises.map((e) => e.id) ?? [];
  const ids = new Set([...exerciseIds, supportChecklistId(meetingId), planExerciseId(meetingId), memoExerciseId(meetingId)]);
  return listEntriesOfExercises(groupId, [...ids]);
}

/** The live memos of all ten meetings. */
export async function listMemoEntries(groupId: string): Promise<Entry[]> {
  return listEntriesOfExercises(groupId, meetings.map((m) => memoExerciseId(m.id)));
}

/** The live answers of the plans of all ten meetings (when the group meets next). */
export async function listPlanEntries(groupId: string): Promise<Entry[]> {
  return listEntriesOfExercises(groupId, meetings.map((m) => planExerciseId(m.id)));
}

/** Every answer of a group, removals included (for export). */
export async function allGroupEntries(groupId: string): Promise<Entry[]> {
  return groupEntries(db(), groupId);
}
