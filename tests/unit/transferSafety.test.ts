// An import that cannot be trusted or cannot finish leaves the whole database — settings included —
// exactly as it was, and says why with a typed error.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildGroupFile } from '../../src/app/transfer/buildGroupFile';
import { mergeGroupFile, previewGroupFile } from '../../src/app/transfer/importGroupFile';
import { readGroupFile, type GroupFile } from '../../src/app/transfer/readGroupFile';
import { db, useDatabase } from '../../src/storage/db';
import { dumpDatabase, seedGroup } from './transferHelpers';

let n = 0;
const freshDevice = (name: string) => useDatabase(`safety-${name}-${++n}`);
afterEach(() => vi.restoreAllMocks());

async function read(text: string): Promise<GroupFile> {
  const outcome = await readGroupFile(text);
  if (!outcome.ok) throw new Error(`not read: ${JSON.stringify(outcome)}`);
  return outcome.file;
}

/** A file of the first group whose member (or photo) takes the id of one in the second group. */
async function fileClaiming(table: 'people' | 'media'): Promise<{ text: string; victim: string; other: string }> {
  const mine = await seedGroup('Oma');
  const other = await seedGroup('Toinen');
  const victim = (await db().table(table).where('groupId').equals(other).first()) as { id: string };
  const file = JSON.parse((await buildGroupFile([mine])).text) as { payload: Record<string, { id: string; updatedAt: string }[]> };
  const record = file.payload[table]!.find((r) => !('mediaType' in r) || (r as { mediaType: string }).mediaType === 'photo')!;
  record.id = victim.id;
  record.updatedAt = '2099-01-01T00:00:00.000Z_0000';
  return { text: JSON.stringify(file), victim: victim.id, other };
}

describe('a file that claims a record of another group on this tablet', () => {
  it.each(['people', 'media'] as const)('is refused as broken (%s), before anything is written', async (table) => {
    freshDevice(table);
    const { text, victim, other } = await fileClaiming(table);
    const before = await dumpDatabase();
    const file = await read(text);
    expect(await previewGroupFile(file)).toEqual({ ok: false, error: { kind: 'invalidRecords', count: 1 } });
    expect(await mergeGroupFile(file)).toEqual({ ok: false, error: { kind: 'invalidRecords', count: 1 } });
    expect(await dumpDatabase()).toBe(before);
    expect(((await db().table(table).get(victim)) as { groupId: string }).groupId).toBe(other);
  });
});

describe('a wrong password', () => {
  it('leaves a tablet with groups exactly as it was', async () => {
    freshDevice('password-source');
    const text = (await buildGroupFile([await seedGroup('Salainen')], 'kissa ja koira')).text;
    freshDevice('password-target');
    await seedGroup('Oma porukka');
    const before = await dumpDatabase();
    expect(before).toContain('"key":"clock"');
    expect(await readGroupFile(text, 'kissa')).toEqual({ ok: false, error: { kind: 'wrongPassword' } });
    expect(await dumpDatabase()).toBe(before);
  }, 20_000);
});

describe('a merge that fails half way', () => {
  const failures: [string, () => Error, string][] = [
    ['a save error', () => new Error('disk error'), 'saveFailed'],
    ['a full tablet', () => new DOMException('full', 'QuotaExceededError'), 'storageFull'],
  ];
  it.each(failures)('is rolled back whole after %s, and the file imports later', async (_name, error, kind) => {
    freshDevice('fail-source');
    const text = (await buildGroupFile([await seedGroup('Uusi porukka')])).text;
    freshDevice('fail-target');
    await seedGroup('Oma porukka');
    const before = await dumpDatabase();
    const file = await read(text);

    // Groups, members and meetings are written first; then writing the answers fails.
    const table = Object.getPrototypeOf(db().entrySets) as { bulkPut: (...args: unknown[]) => unknown };
    const original = table.bulkPut;
    const spy = vi.spyOn(table, 'bulkPut').mockImplementation(function (this: { name: string }, ...args: unknown[]) {
      if (this.name === 'entrySets') throw error();
      return original.apply(this, args);
    });
    expect(await mergeGroupFile(file)).toEqual({ ok: false, error: { kind } });
    expect(spy).toHaveBeenCalled();
    expect(await dumpDatabase()).toBe(before);

    spy.mockRestore();
    expect((await mergeGroupFile(file)).ok).toBe(true);
    expect((await db().groups.toArray()).map((g) => g.name).sort()).toEqual(['Oma porukka', 'Uusi porukka']);
  });
});
