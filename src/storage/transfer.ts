// Reading a group's records for export and remembering exports; the merge of a file is in
// transferMerge.ts.
import type { ExportMark } from '../domain/exportMark';
import type { Entry, Group, MediaRecord, MeetingRecord, Person, SyncFields } from '../domain/records';
import { db } from './db';
import { rememberExport } from './exchange';
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

export { applyMerge, ForeignRecordsError, previewMerge } from './transferMerge';
export type { MergeReport } from '../domain/transfer/report';
export type { Sender } from './exchange';

const exportKey = (groupId: string) => `exported:${groupId}`;

/** The file was handed over: the backup reminder's mark, and the export's stamp for telling conflicts. */
export async function markExported(groupIds: readonly string[], mark: ExportMark): Promise<void> {
  const database = db();
  await database.transaction('rw', database.settings, async () => {
    await database.settings.bulkPut(groupIds.map((id) => ({ key: exportKey(id), value: mark })));
    await rememberExport(database, groupIds, mark.stamp);
  });
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
