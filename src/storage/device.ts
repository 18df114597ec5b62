// This device's identity and its hybrid logical clock. Every write stamps its records here.
import { formatStamp, parseStamp, receive, tick, type ClockState, zeroClock } from '../domain/clock';
import { newId } from '../domain/ids';
import type { SyncFields } from '../domain/records';
import { db, type PorukkaDatabase } from './db';

interface Device {
  readonly database: PorukkaDatabase;
  readonly deviceId: string;
  clock: ClockState;
}

let device: Device | null = null;

/** Loads (or creates) the device id and the last clock value; safe to call before every write. */
export async function loadDevice(): Promise<Device> {
  const database = db();
  if (device?.database === database) return device;
  const loaded = await database.transaction('rw', database.settings, async () => {
    const idRow = await database.settings.get('deviceId');
    const deviceId = typeof idRow?.value === 'string' ? idRow.value : newId();
    if (!idRow) await database.settings.put({ key: 'deviceId', value: deviceId });
    const clockRow = await database.settings.get('clock');
    const clock = (typeof clockRow?.value === 'string' && parseStamp(clockRow.value)) || zeroClock;
    return { deviceId, clock };
  });
  device = { database, ...loaded };
  return device;
}

export type Stamp = Pick<SyncFields, 'updatedAt' | 'deviceId'>;

type TableName = 'groups' | 'people' | 'meetings' | 'entrySets' | 'media';

/**
 * Runs a write in one transaction. `stamp()` gives each changed record a fresh clock value, and the
 * clock is saved in the same transaction as the records it stamped.
 */
export async function stampedWrite<T>(
  tables: readonly TableName[],
  write: (stamp: () => Stamp, database: PorukkaDatabase) => Promise<T>,
): Promise<T> {
  const d = await loadDevice();
  const { database } = d;
  return database.transaction('rw', [...tables.map((t) => database[t]), database.settings], async () => {
    // Another tab of the app may have written since: continue from the later of the two clocks.
    const saved = await database.settings.get('clock');
    const savedClock = typeof saved?.value === 'string' ? parseStamp(saved.value) : null;
    if (savedClock && formatStamp(savedClock) > formatStamp(d.clock)) d.clock = savedClock;
    const stamp = (): Stamp => {
      const next = tick(d.clock, Date.now());
      d.clock = next.state;
      return { updatedAt: next.stamp, deviceId: d.deviceId };
    };
    const result = await write(stamp, database);
    await database.settings.put({ key: 'clock', value: formatStamp(d.clock) });
    return result;
  });
}

/**
 * Runs an import in one transaction over every group table. `observe(stamp)` moves this device's
 * clock past stamps that came from another device, so its next edits are newer than what arrived.
 */
export async function receivingWrite<T>(write: (observe: (stamp: string) => void, database: PorukkaDatabase) => Promise<T>): Promise<T> {
  const d = await loadDevice();
  const { database } = d;
  const tables = [database.groups, database.people, database.meetings, database.entrySets, database.media, database.settings];
  const before = d.clock;
  try {
    return await database.transaction('rw', tables, async () => {
      const saved = await database.settings.get('clock');
      const savedClock = typeof saved?.value === 'string' ? parseStamp(saved.value) : null;
      if (savedClock && formatStamp(savedClock) > formatStamp(d.clock)) d.clock = savedClock;
      const result = await write((stamp) => {
        d.clock = receive(d.clock, stamp, Date.now());
      }, database);
      await database.settings.put({ key: 'clock', value: formatStamp(d.clock) });
      return result;
    });
  } catch (error) {
    // The import was rolled back: so is the clock it moved.
    d.clock = before;
    throw error;
  }
}

/** This device's id and current clock stamp (an export records them). */
export async function deviceSnapshot(): Promise<{ deviceId: string; clock: string }> {
  const d = await loadDevice();
  return { deviceId: d.deviceId, clock: formatStamp(d.clock) };
}
