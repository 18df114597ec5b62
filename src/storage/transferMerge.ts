// Merging records from a file (see domain/merge.ts and domain/conflict.ts), all in one transaction
// so a failed import leaves the database as it was.
import { Dexie } from 'dexie';
import { canonical } from '../domain/canonical';
import { isConflict, noExchange } from '../domain/conflict';
import { contentOf, count, mergeOutcome } from '../domain/merge';
import type { Entry, MediaRecord, SyncFields } from '../domain/records';
import { emptyReport, reportKindOf, type MergeReport } from '../domain/transfer/report';
import { db, type PorukkaDatabase } from './db';
import { receivingWrite } from './device';
import { groupEntries, putEntriesInSets, storedIn } from './entrySets';
import { readExchange, type Sender } from './exchange';
import type { GroupRecords, GroupTable } from './transfer';

const tables: readonly GroupTable[] = ['groups', 'people', 'meetings', 'entries', 'media'];

/** The file names records that belong to another group on this tablet: it is refused, nothing changes. */
export class ForeignRecordsError extends Error {
  readonly count: number;
  constructor(records: number) {
    super(`${records} records of the file belong to another group on this device`);
    this.count = records;
    this.name = 'ForeignRecordsError';
  }
}

/** A photo's content for comparing two versions: its details and its size (the bytes never change for an id). */
const mediaContent = (m: MediaRecord): string => {
  const { blob, updatedAt: _u, deviceId: _d, ...rest } = m;
  return canonical({ ...rest, size: blob.size, type: blob.type });
};
const contentFor = (table: GroupTable) => (table === 'media' ? (mediaContent as (r: SyncFields) => string) : contentOf);

/**
 * This device's versions of the incoming records. Read group by group (one range read instead of a
 * lookup per record, which is slow for thousands); ids that name their group (answers, meetings,
 * groups) cannot be elsewhere, the others (members, media) are looked up one by one if not found —
 * to find a file that claims a record of another group.
 */
function localVersions(database: PorukkaDatabase, table: GroupTable, incoming: readonly SyncFields[]): Promise<Map<string, SyncFields>> {
  const groupIds = [...new Set(incoming.map((r) => r.groupId))];
  const rowTable = (name: Exclude<GroupTable, 'entries'>) => database.table<SyncFields, string>(name);
  // Answers are kept in sets (entrySets.ts), read by their group's range; the other tables have a row per record.
  const inGroup = (groupId: string): PromiseLike<SyncFields[]> =>
    table === 'entries'
      ? groupEntries(database, groupId)
      : table === 'groups'
        ? rowTable(table).where('id').equals(groupId).toArray()
        : rowTable(table).where('groupId').equals(groupId).toArray();
  // Dexie's own promises all the way, so the reads stay inside the transaction.
  return Dexie.Promise.all(groupIds.map(inGroup)).then((lists) => {
    const current = new Map<string, SyncFields>();
    for (const record of lists.flat()) current.set(record.id, record);
    if (table !== 'people' && table !== 'media') return current;
    const missing = incoming.map((r) => r.id).filter((id) => !current.has(id));
    return rowTable(table).bulkGet(missing).then((found) => {
      for (const record of found) if (record) current.set(record.id, record);
      return current;
    });
  });
}

async function merge(records: GroupRecords, sender: Sender | null, write: boolean): Promise<MergeReport> {
  const all = tables.flatMap((table) => records[table] as readonly SyncFields[]);
  const run = async (database: PorukkaDatabase) => {
    const { exchange, received } = sender ? await readExchange(database, all, sender) : { exchange: noExchange, received: [] };
    const found = new Map<GroupTable, Map<string, SyncFields>>();
    for (const table of tables) found.set(table, await localVersions(database, table, records[table]));
    // Refused before anything is written: an id of another group would move that group's record here.
    const isForeign = (table: GroupTable) => (r: SyncFields) => {
      const local = found.get(table)?.get(r.id);
      return local !== undefined && local.groupId !== r.groupId;
    };
    const foreign = tables.reduce((n, table) => n + records[table].filter(isForeign(table)).length, 0);
    if (foreign > 0) throw new ForeignRecordsError(foreign);

    const report = emptyReport();
    for (const table of tables) {
      const current = found.get(table) ?? new Map<string, SyncFields>();
      const content = contentFor(table);
      const incoming = records[table] as readonly SyncFields[];
      for (const record of incoming) {
        const local = current.get(record.id);
        const outcome = mergeOutcome(local, record, content);
        count(report[reportKindOf(table, record)], local, record, outcome, isConflict(local, record, outcome, content, exchange));
        if (outcome === 'insert' || outcome === 'update') current.set(record.id, record);
      }
      const changed = incoming.filter((r) => current.get(r.id) === r);
      if (write && table === 'entries') await putEntriesInSets(database, changed as Entry[]);
      else if (write) await database.table(table).bulkPut(changed);
    }
    if (write && received.length > 0) await database.settings.bulkPut([...received]);
    return report;
  };
  if (!write) {
    const database = db();
    return database.transaction('r', [...tables.map((t) => database.table(storedIn(t))), database.settings], () => run(database));
  }
  return receivingWrite(async (observe, database) => {
    let latest = '';
    for (const record of all) if (record.updatedAt > latest) latest = record.updatedAt;
    if (latest) observe(latest);
    return run(database);
  });
}

/** What an import would do, without changing anything. `sender`: the file's device and clock. */
export const previewMerge = (records: GroupRecords, sender: Sender | null = null): Promise<MergeReport> => merge(records, sender, false);

/** Merges the records in one transaction: newer versions win, nothing the file does not mention is touched. */
export const applyMerge = (records: GroupRecords, sender: Sender | null = null): Promise<MergeReport> => merge(records, sender, true);
