// How answers are stored: in sets, not one row each. IndexedDB's cost is mostly per row (in Chromium
// 10,000 rows take ≈ 2 s to write, the same answers in 32 rows ≈ 0.1 s), so an exercise's answers are
// kept in up to `setsPerExercise` rows, each answer always in the same one (by a hash of its id). A set
// stays small enough that saving one answer (reading and writing its set) is quick even in a group
// with thousands of answers in one exercise. The answers themselves are the same Entry records as
// before; only this file and the repositories know about sets.
// Saved data: DO NOT CHANGE the set id or the hash without a Dexie version upgrade.
import type { Entry } from '../domain/records';
import type { PorukkaDatabase } from './db';

export interface EntrySet {
  /** `${groupId}/${exerciseId}/#${set}`: starts with the group's id, like the answers' ids. */
  readonly id: string;
  readonly groupId: string;
  readonly exerciseId: string;
  /** The set's answers by their id. */
  readonly entries: Readonly<Record<string, Entry>>;
}

export const setsPerExercise = 32;

/** The database table that holds a group file's table: answers are kept in sets, the rest a row each. */
export const storedIn = (fileTable: string): string => (fileTable === 'entries' ? 'entrySets' : fileTable);

/** FNV-1a over the answer's id: the same set on every tablet and in every version. */
function setNumber(entryId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < entryId.length; i += 1) hash = Math.imul(hash ^ entryId.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % setsPerExercise;
}

export const entrySetId = (entry: Pick<Entry, 'id' | 'groupId' | 'exerciseId'>): string =>
  `${entry.groupId}/${entry.exerciseId}/#${setNumber(entry.id).toString(36)}`;

/** The same order as one row per answer read through [groupId+exerciseId]: by exercise, then by id. */
const byExerciseThenId = (a: Entry, b: Entry): number =>
  a.exerciseId < b.exerciseId ? -1 : a.exerciseId > b.exerciseId ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The answers of the sets, in a stable order. */
export function entriesOf(sets: readonly EntrySet[]): Entry[] {
  const entries: Entry[] = [];
  for (const set of sets) entries.push(...Object.values(set.entries));
  return entries.sort(byExerciseThenId);
}

/** `entries` added to (or replacing their earlier versions in) the sets they belong to. */
export function withEntries(current: ReadonlyMap<string, EntrySet>, entries: readonly Entry[]): EntrySet[] {
  const changed = new Map<string, { groupId: string; exerciseId: string; entries: Record<string, Entry> }>();
  for (const entry of entries) {
    const id = entrySetId(entry);
    let set = changed.get(id);
    if (!set) {
      set = { groupId: entry.groupId, exerciseId: entry.exerciseId, entries: { ...current.get(id)?.entries } };
      changed.set(id, set);
    }
    set.entries[entry.id] = entry;
  }
  return [...changed].map(([id, set]) => ({ id, ...set }));
}

/** Writes the answers (each replacing its earlier version), inside the caller's transaction. */
export async function putEntriesInSets(database: PorukkaDatabase, entries: readonly Entry[]): Promise<void> {
  if (entries.length === 0) return;
  const ids = [...new Set(entries.map(entrySetId))];
  const found = await database.entrySets.bulkGet(ids);
  const current = new Map<string, EntrySet>();
  for (const set of found) if (set) current.set(set.id, set);
  await database.entrySets.bulkPut(withEntries(current, entries));
}

/** One answer by its id, or undefined. */
export async function getEntry(database: PorukkaDatabase, entry: Pick<Entry, 'id' | 'groupId' | 'exerciseId'>): Promise<Entry | undefined> {
  return (await database.entrySets.get(entrySetId(entry)))?.entries[entry.id];
}

/** Every answer of a group, removals included: one range of set ids (they start with the group's id). */
export async function groupEntries(database: PorukkaDatabase, groupId: string): Promise<Entry[]> {
  return entriesOf(await database.entrySets.where(':id').startsWith(`${groupId}/`).toArray());
}
