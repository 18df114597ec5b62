// What this tablet knows about its exchanges of files (see domain/conflict.ts): the stamps of its own
// exports, and per group the newest change of each device it has received. Device settings, never
// exported; the received stamps are written in the import's own transaction.
import { sentUpTo, withExportStamp, type Exchange } from '../domain/conflict';
import type { SyncFields } from '../domain/records';
import type { PorukkaDatabase, SettingRecord } from './db';

/** The tablet that made a file, and its clock then (every change of its own up to it is in the file). */
export interface Sender {
  readonly deviceId: string;
  readonly clock: string;
}

const exportStampsKey = (groupId: string) => `exportStamps:${groupId}`;
const receivedKey = (groupId: string) => `received:${groupId}`;

const stampsOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : []);

/** Saved as [deviceId, stamp] pairs, so no device id can become an object key. */
function receivedOf(value: unknown): Map<string, string> {
  const pairs = Array.isArray(value) ? value : [];
  return new Map(pairs.filter((p): p is [string, string] => Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'string'));
}

export interface ExchangeState {
  readonly exchange: Exchange;
  /** The received rows as they are to be saved after the import. */
  readonly received: readonly SettingRecord[];
}

/** Reads what this tablet knows, inside the import's transaction, for the file's records. */
export async function readExchange(database: PorukkaDatabase, records: readonly SyncFields[], sender: Sender | null): Promise<ExchangeState> {
  const groupIds = [...new Set(records.map((r) => r.groupId))].sort();
  const keys = ['deviceId', ...groupIds.map(exportStampsKey), ...groupIds.map(receivedKey)];
  const rows = await database.settings.bulkGet(keys);
  const value = (key: string) => rows[keys.indexOf(key)]?.value;
  const self = typeof value('deviceId') === 'string' ? (value('deviceId') as string) : null;

  const newestOwn = new Map<string, string>();
  const received = new Map(groupIds.map((g) => [g, receivedOf(value(receivedKey(g)))]));
  const after = new Map(groupIds.map((g) => [g, new Map(received.get(g))]));
  const raise = (groupId: string, deviceId: string, stamp: string) => {
    const map = after.get(groupId);
    if (map && deviceId !== self && stamp > (map.get(deviceId) ?? '')) map.set(deviceId, stamp);
  };
  for (const r of records) {
    if (r.deviceId === self) {
      if (r.updatedAt > (newestOwn.get(r.groupId) ?? '')) newestOwn.set(r.groupId, r.updatedAt);
    } else raise(r.groupId, r.deviceId, r.updatedAt);
  }
  if (sender) for (const g of groupIds) raise(g, sender.deviceId, sender.clock);

  const sent = new Map(groupIds.map((g) => [g, sentUpTo(newestOwn.get(g) ?? '', stampsOf(value(exportStampsKey(g))))]));
  const exchange: Exchange = {
    self,
    sentUpTo: (groupId) => sent.get(groupId) ?? '',
    receivedUpTo: (groupId, deviceId) => received.get(groupId)?.get(deviceId) ?? '',
  };
  const rowsAfter = groupIds.map((g) => ({ key: receivedKey(g), value: [...(after.get(g) ?? new Map<string, string>())].sort(([a], [b]) => (a < b ? -1 : 1)) }));
  return { exchange, received: rowsAfter };
}

/** Remembers an export of the groups made at `stamp` (this tablet's clock then). */
export async function rememberExport(database: PorukkaDatabase, groupIds: readonly string[], stamp: string): Promise<void> {
  await database.transaction('rw', database.settings, async () => {
    const rows = await database.settings.bulkGet(groupIds.map(exportStampsKey));
    await database.settings.bulkPut(groupIds.map((g, i) => ({ key: exportStampsKey(g), value: withExportStamp(stampsOf(rows[i]?.value), stamp) })));
  });
}
