// Every database version the app has shipped must open in the current app with its data intact.
// When db.ts gets a new version, add its frozen schema here and a test that data written by the
// versions before comes through the upgrade.
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { PorukkaDatabase } from '../../src/storage/db';
import { entriesOf, setsPerExercise } from '../../src/storage/entrySets';

/** The schema of each version as shipped (frozen: DO NOT CHANGE, add a new version below instead). */
const shipped = {
  1: {
    groups: 'id',
    people: 'id, groupId',
    meetings: 'id, groupId',
    entries: 'id, groupId, [groupId+meetingId], [groupId+exerciseId], [groupId+type]',
    media: 'id, groupId',
    settings: 'key',
  },
  2: {
    groups: 'id',
    people: 'id, groupId',
    meetings: 'id, groupId',
    entries: 'id, [groupId+exerciseId]',
    media: 'id, groupId',
    settings: 'key',
  },
  3: {
    groups: 'id',
    people: 'id, groupId',
    meetings: 'id, groupId',
    entries: 'id, [groupId+exerciseId]',
    entrySets: 'id, [groupId+exerciseId]',
    media: 'id, groupId',
    settings: 'key',
  },
  4: {
    groups: 'id',
    people: 'id, groupId',
    meetings: 'id, groupId',
    entrySets: 'id, [groupId+exerciseId]',
    media: 'id, groupId',
    settings: 'key',
  },
} as const;
const newest = 4;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
const sync = { updatedAt: '2026-11-23T10:00:00.000Z_0000', deviceId: 'old-tablet', deleted: false };

describe('database versions', () => {
  it('upgrades a version 1 database written by an earlier app, with all its data', async () => {
    const name = 'shipped-v1';
    const old = new Dexie(name);
    old.version(1).stores(shipped[1]);
    await old.table('groups').add({ id: 'g1', groupId: 'g1', name: 'Vanha porukka', place: 'Kirjasto', ...sync });
    await old.table('people').add({ id: 'p1', groupId: 'g1', name: 'Anna', colour: 'red', avatar: 'avatar-cat', role: 'participant', createdAt: sync.updatedAt, ...sync });
    await old.table('entries').add({ id: 'g1/m02-agree/vote/listens:p1', groupId: 'g1', meetingId: 'm02', exerciseId: 'm02-agree', type: 'vote', key: 'listens:p1', data: { vote: 'yes' }, ...sync });
    old.close();

    const current = new PorukkaDatabase(name);
    await current.open();
    expect(current.verno).toBe(newest);
    expect(await current.groups.get('g1')).toMatchObject({ name: 'Vanha porukka' });
    expect(await current.people.where('groupId').equals('g1').count()).toBe(1);
    const sets = await current.entrySets.where('[groupId+exerciseId]').equals(['g1', 'm02-agree']).toArray();
    expect(entriesOf(sets).map((e) => [e.key, e.data])).toEqual([['listens:p1', { vote: 'yes' }]]);
    current.close();
  });

  it('upgrades a version 2 database: every answer, removals included, is in a set of its exercise', async () => {
    const name = 'shipped-v2';
    const old = new Dexie(name);
    old.version(2).stores(shipped[2]);
    const answers = Array.from({ length: 200 }, (_, i) => {
      const exerciseId = i % 2 === 0 ? 'm04-idea-storm' : 'm02-agree';
      const key = `k${i}`;
      return { id: `g1/${exerciseId}/card/${key}`, groupId: 'g1', meetingId: exerciseId.slice(0, 3), exerciseId, type: 'card', key, data: { text: `Idea ${i}` }, ...sync, deleted: i === 7 };
    });
    await old.table('entries').bulkAdd(answers);
    old.close();

    const current = new PorukkaDatabase(name);
    await current.open();
    expect(current.verno).toBe(newest);
    const sets = await current.entrySets.toArray();
    // 100 answers an exercise spread over the exercise's sets, each set of one exercise only.
    expect(sets.length).toBeGreaterThan(setsPerExercise);
    expect(sets.length).toBeLessThanOrEqual(2 * setsPerExercise);
    for (const set of sets) for (const entry of Object.values(set.entries)) expect(entry.exerciseId).toBe(set.exerciseId);
    expect(entriesOf(sets).sort(byId)).toEqual([...answers].sort(byId));
    expect(current.tables.map((t) => t.name)).not.toContain('entries');
    current.close();
  });

  it('declares the same tables and indexes as the newest shipped version', () => {
    expect(Math.max(...Object.keys(shipped).map(Number))).toBe(newest);
    const current = new PorukkaDatabase('schema-check');
    // The app's newest version is the newest one frozen here (a version added to db.ts needs its schema above).
    expect(current.verno).toBe(newest);
    const declared = Object.fromEntries(current.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', ')]));
    expect(declared).toEqual(shipped[newest]);
  });
});
