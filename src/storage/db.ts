// The device's database. Every schema change is a new version() with its upgrade() kept forever,
// and a test that opens a database of every earlier version.
import { Dexie, type Table } from 'dexie';
import type { Entry, Group, MediaRecord, MeetingRecord, Person } from '../domain/records';
import { withEntries, type EntrySet } from './entrySets';
import { countWrites } from './writesInFlight';

export interface SettingRecord {
  readonly key: string;
  readonly value: unknown;
}

export class PorukkaDatabase extends Dexie {
  groups!: Table<Group, string>;
  people!: Table<Person, string>;
  meetings!: Table<MeetingRecord, string>;
  entrySets!: Table<EntrySet, string>;
  media!: Table<MediaRecord, string>;
  settings!: Table<SettingRecord, string>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({
      groups: 'id',
      people: 'id, groupId',
      meetings: 'id, groupId',
      entries: 'id, groupId, [groupId+meetingId], [groupId+exerciseId], [groupId+type]',
      media: 'id, groupId',
      settings: 'key',
    });
    // Version 2: answers keep one index. Every index is written for every answer, and a large group
    // imports several times faster with one; the queries by meeting and type go by exercise instead.
    this.version(2).stores({ entries: 'id, [groupId+exerciseId]' });
    // Version 3: answers in sets (entrySets.ts), a few rows per exercise instead of one per answer —
    // IndexedDB's cost is per row. Version 4 then drops the old table (Dexie reads it in 3's upgrade).
    this.version(3)
      .stores({ entrySets: 'id, [groupId+exerciseId]' })
      .upgrade(async (transaction) => {
        const entries = await transaction.table<Entry, string>('entries').toArray();
        await transaction.table<EntrySet, string>('entrySets').bulkPut(withEntries(new Map(), entries));
      });
    this.version(4).stores({ entries: null });
    this.use(countWrites);
  }
}

export const defaultDatabaseName = 'porukka';

let current: PorukkaDatabase | null = null;

/** The open database; repositories are the only callers. */
export function db(): PorukkaDatabase {
  current ??= new PorukkaDatabase(defaultDatabaseName);
  return current;
}

/** Switches to another database (tests use a fresh one each). */
export function useDatabase(name: string): PorukkaDatabase {
  current?.close();
  current = new PorukkaDatabase(name);
  return current;
}
