// Reading a group's records for export, and merging records from a file (see domain/merge.ts),
// all in one transaction so a failed import leaves the database as it was.
import { canonical } from '../domain/canonical';
import { contentOf, count, mergeOutcome, noCounts, type MergeCounts } from '../domain/merge';
import type { ExportMark } from '../domain/exportMark';
import type { Entry, Group, MediaRecord, MeetingRecord, Person, SyncFields } from '../domain/records';
import { Dexie } from 'dexie';
import { db, type PorukkaDatabase } from './db';
import { receivingWrite } from './device';
import { allGroupEntries } from './repositories/entries';

export interface GroupRecords {
  readonly groups: readonly Group[];
  readonly people: readonly Person[];
  readonly meetings: readonly MeetingRecord[];
  readonly entries: readonly Entry[];
  readonly media: readonly MediaRecord[];
}

export type GroupTable = keyof GroupRecords;
export const groupTables: readonly GroupTable[] = ['groups', 'people', 'meetings', 'entries', 'media'];

/** Every record of the groups (all of the device's groups when `groupIds` is null), removals included. */
export async function readGroupRecords(groupIds: readonly string[] | null): Promise<GroupRecords> {
  const database = db();
  const ids = groupIds ?? (await database.groups.toCollection().primaryKeys());
  const ofGroups = async <T extends SyncFields>(table: 'people' | 'meetings' | 'media') =>
    (await database.table<T, string>(table).where('groupId').anyOf([...ids]).toArray()) as T[];
  return {
    groups: (await database.groups.bulkGet([...ids])).filter((g): g is Group => g !== undefined),
    people: await ofGroups<Person>('people'),
    meetings: await ofGroups<MeetingRecord>('meetings'),
    entries: (await Promise.all(ids.map(allGroupEntries))).flat(),
    media: await ofGroups<MediaRecord>('media'),
  };
}

/** A photo's content for comparing two versions: its details and its size (the bytes never change for an id). */
const mediaContent = (m: MediaRecord): string => {
  const { blob, updatedAt: _u, deviceId: _d, ...rest } = m;
  return canonical({ ...rest, size: blob.size, type: blob.type });
};

export type MergeReport = Readonly<Record<GroupTable, MergeCounts>>;

/**
 * This device's versions of the incoming records. Read group by group (one range read instead of a
 * lookup per record, which is slow for thousands); ids that name their group (answers, meetings,
 * groups) cannot be elsewhere, the others (members, media) are looked up one by one if not found.
 */
function localVersions<T extends SyncFields>(database: PorukkaDatabase, table: GroupTable, incoming: readonly T[]): Promise<Map<string, T>> {
  const store = database.table<T, string>(table);
  const groupIds = [...new Set(incoming.map((r) => r.groupId))];
  const inGroup = (groupId: string) =>
    table === 'groups'
      ? store.where('id').equals(groupId).toArray()
      : table === 'entries'
        ? store.where('[groupId+exerciseId]').between([groupId, Dexie.minKey], [groupId, Dexie.maxKey], true, true).toArray()
        : store.where('groupId').equals(groupId).toArray();
  // Dexie's own promises all the way, so the reads stay inside the transaction.
  return Dexie.Promise.all(groupIds.map(inGroup)).then((lists) => {
    const current = new Map<string, T>();
    for (const record of lists.flat()) current.set(record.id, record);
    if (table !== 'people' && table !== 'media') return current;
    const missing = incoming.map((r) => r.id).filter((id) => !current.has(id));
    return store.bulkGet(missing).then((found) => {
      for (const record of found) if (record) current.set(record.id, record);
      return current;
    });
  });
}

async function mergeTable<T extends SyncFields>(
  database: PorukkaDatabase,
  table: GroupTable,
  incoming: readonly T[],
  write: boolean,
  content: (record: T) => string = contentOf,
): Promise<MergeCounts> {
  const store = database.table<T, string>(table);
  const current = await localVersions(database, table, incoming);
  const counts = noCounts();
  for (const record of incoming) {
    const local = current.get(record.id);
    const outcome = mergeOutcome(local, record, content);
    count(counts, local, record, outcome, content);
    if (outcome === 'insert' || outcome === 'update') current.set(record.id, record);
  }
  if (write) {
    const winners = incoming.filter((r) => current.get(r.id) === r);
    await store.bulkPut(winners);
  }
  return counts;
}

async function merge(records: GroupRecords, write: boolean): Promise<MergeReport> {
  const run = async (database: PorukkaDatabase) => ({
    groups: await mergeTable(database, 'groups', records.groups, write),
    people: await mergeTable(database, 'people', records.people, write),
    meetings: await mergeTable(database, 'meetings', records.meetings, write),
    entries: await mergeTable(database, 'entries', records.entries, write),
    media: await mergeTable(database, 'media', records.media, write, mediaContent),
  });
  if (!write) {
    const database = db();
    return database.transaction('r', groupTables.map((t) => database.table(t)), () => run(database));
  }
  return receivingWrite(async (observe, database) => {
    let latest = '';
    for (const table of groupTables) for (const record of records[table]) if (record.updatedAt > latest) latest = record.updatedAt;
    if (latest) observe(latest);
    return run(database);
  });
}

/** What an import would do, without changing anything. */
export const previewMerge = (records: GroupRecords): Promise<MergeReport> => merge(records, false);

/** Merges the records in one transaction: newer versions win, nothing the file does not mention is touched. */
export const applyMerge = (records: GroupRecords): Promise<MergeReport> => merge(records, true);

const exportKey = (groupId: string) => `exported:${groupId}`;

export async function markExported(groupIds: readonly string[], mark: ExportMark): Promise<void> {
  await db().settings.bulkPut(groupIds.map((id) => ({ key: exportKey(id), value: mark })));
}

export async function lastExport(groupId: string): Promise<ExportMark | null> {
  const row = await db().settings.get(exportKey(groupId));
  const value = row?.value as Partial<ExportMark> | undefined;
  return typeof value?.at === 'string' && typeof value.stamp === 'string' ? { at: value.at, stamp: value.stamp } : null;
}

/** The newest change to any of the group's records (to know if there is something not backed up). */
export async function latestChange(groupId: string): Promise<string | null> {
  const records = await readGroupRecords([groupId]);
  let latest: string | null = null;
  for (const table of groupTables) for (const r of records[table]) if (latest === null || r.updatedAt > latest) latest = r.updatedAt;
  return latest;
}
