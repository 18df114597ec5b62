// The merge through the real database (fake-indexeddb): generated files imported in either order give
// the same tablet, and a tablet whose clock is a year behind still merges right.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildGroupFile } from '../../src/app/transfer/buildGroupFile';
import { mergeGroupFile } from '../../src/app/transfer/importGroupFile';
import { readGroupFile } from '../../src/app/transfer/readGroupFile';
import { formatStamp } from '../../src/domain/clock';
import type { Entry, Group, MediaRecord, Person, SyncFields } from '../../src/domain/records';
import type { MergeReport } from '../../src/domain/transfer/report';
import { db, useDatabase } from '../../src/storage/db';
import { updateGroup } from '../../src/storage/repositories/groups';
import { applyMerge, markExported, type GroupRecords, type Sender } from '../../src/storage/transfer';
import { dumpRecords, seedGroup, settingsRows } from './transferHelpers';

const t0 = Date.parse('2026-11-23T10:00:00.000Z');
const year = 365 * 24 * 3600 * 1000;

const sync = fc.record({
  group: fc.constantFrom('g1', 'g2'),
  n: fc.integer({ min: 0, max: 2 }),
  wall: fc.integer({ min: 0, max: 4 }),
  counter: fc.integer({ min: 0, max: 2 }),
  deviceId: fc.constantFrom('tablet-a', 'tablet-b', 'tablet-c'),
  deleted: fc.boolean(),
  text: fc.constantFrom('Porukka', 'Tiistai', '<script>x</script>'),
});
type Version = typeof sync extends fc.Arbitrary<infer V> ? V : never;
const base = (v: Version, id: string): SyncFields => ({ id, groupId: v.group, updatedAt: formatStamp({ wall: t0 + v.wall * 1000, counter: v.counter }), deviceId: v.deviceId, deleted: v.deleted });
const unique = <T extends SyncFields>(records: T[]) => [...new Map(records.map((r) => [r.id, r])).values()];

/** A file: each record at most once, some device's version of it. */
const file = fc.array(fc.tuple(fc.constantFrom('groups', 'people', 'entries', 'media'), sync), { maxLength: 14 }).map((items): GroupRecords => {
  const of = (table: string) => items.filter(([t]) => t === table).map(([, v]) => v);
  return {
    groups: unique(of('groups').map((v): Group => ({ ...base(v, v.group), name: v.text, place: '' }))),
    people: unique(of('people').map((v): Person => ({ ...base(v, `${v.group}-p${v.n}`), name: v.text, colour: 'red', avatar: 'avatar-cat', role: 'participant', createdAt: base(v, '').updatedAt }))),
    meetings: [],
    entries: unique(of('entries').map((v): Entry => ({ ...base(v, `${v.group}/m01-x/field/k${v.n}`), meetingId: 'm01', exerciseId: 'm01-x', type: 'field', key: `k${v.n}`, data: { value: v.text } }))),
    media: unique(of('media').map((v): MediaRecord => ({ ...base(v, `${v.group}-m${v.n}`), mediaType: v.n === 0 ? 'voice' : 'photo', mime: 'image/jpeg', blob: new Blob([v.text], { type: 'image/jpeg' }) }))),
  };
});
const sender = fc.record({ deviceId: fc.constantFrom('tablet-a', 'tablet-b', 'tablet-c'), clock: fc.integer({ min: 0, max: 5 }).map((s) => formatStamp({ wall: t0 + s * 1000, counter: 9 })) });

let run = 0;
async function tablet(files: readonly [GroupRecords, Sender][]): Promise<{ records: string; received: unknown }> {
  useDatabase(`merge-db-${++run}`);
  for (const [records, from] of files) await applyMerge(records, from);
  return { records: await dumpRecords(), received: await settingsRows('received:') };
}

describe('merging files into the database', () => {
  it('gives the same tablet whichever file comes first, and a second import changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(file, sender, file, sender, file, sender, async (common, s0, a, sa, b, sb) => {
        const ab = await tablet([[common, s0], [a, sa], [b, sb]]);
        const ba = await tablet([[common, s0], [b, sb], [a, sa]]);
        expect(ba).toEqual(ab);
        const again = await tablet([[common, s0], [a, sa], [b, sb], [a, sa], [b, sb]]);
        expect(again).toEqual(ab);
      }),
      { numRuns: 40, seed: 20261124 },
    );
  }, 60_000);
});

const at = (time: number) => vi.setSystemTime(time);

async function exportGroup(groupId: string): Promise<string> {
  const built = await buildGroupFile([groupId]);
  await markExported(built.groupIds, { at: built.exportedAt, stamp: built.stamp });
  return built.text;
}
async function importFile(text: string): Promise<MergeReport> {
  const outcome = await readGroupFile(text);
  const merged = outcome.ok ? await mergeGroupFile(outcome.file) : null;
  if (!merged?.ok) throw new Error('import failed');
  return merged.report;
}

describe('a tablet whose clock is a year behind', () => {
  afterEach(() => vi.useRealTimers());

  it('gets its later edits in, and concurrent edits end the same on both tablets', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const [a, b] = [`skew-a-${++run}`, `skew-b-${run}`];
    at(t0);
    useDatabase(a);
    const groupId = await seedGroup('Ajassa');
    const first = await exportGroup(groupId);
    at(t0 - year);
    useDatabase(b);
    await importFile(first);
    // An edit made after the import is newer, though this tablet's clock says a year earlier.
    await updateGroup(groupId, { name: 'Jäljessä', place: 'Kirjasto' });
    const fromB = await exportGroup(groupId);
    at(t0 + 60_000);
    useDatabase(a);
    expect((await importFile(fromB)).groups).toMatchObject({ updated: 1, conflicts: 0 });
    expect((await db().groups.get(groupId))?.name).toBe('Jäljessä');

    // Both change the place before they meet again.
    at(t0 + 120_000);
    await updateGroup(groupId, { name: 'Jäljessä', place: 'Puisto' });
    const fromA = await exportGroup(groupId);
    at(t0 - year + 120_000);
    useDatabase(b);
    await updateGroup(groupId, { name: 'Jäljessä', place: 'Kahvila' });
    const fromB2 = await exportGroup(groupId);
    expect((await importFile(fromA)).groups.conflicts).toBe(1);
    const onB = await dumpRecords();
    at(t0 + 180_000);
    useDatabase(a);
    expect((await importFile(fromB2)).groups.conflicts).toBe(1);
    expect(await dumpRecords()).toBe(onB);
    expect((await db().groups.get(groupId))?.place).toBe('Puisto');
  });
});
