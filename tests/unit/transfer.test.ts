import { beforeEach, describe, expect, it } from 'vitest';
import { buildGroupFile, fileNameFor } from '../../src/app/transfer/buildGroupFile';
import { mergeGroupFile, previewGroupFile } from '../../src/app/transfer/importGroupFile';
import { readGroupFile, type GroupFile } from '../../src/app/transfer/readGroupFile';
import { canonical } from '../../src/domain/canonical';
import { payloadTables } from '../../src/domain/transfer/format';
import { kinds } from '../../src/kinds/registry';
import { db, useDatabase } from '../../src/storage/db';
import { putEntry } from '../../src/storage/repositories/entries';
import { updateGroup } from '../../src/storage/repositories/groups';
import { storedIn } from '../../src/storage/entrySets';
import { groupTables } from '../../src/storage/transfer';
import { answerSamples } from '../fixtures/answerSamples';
import { dumpDatabase, dumpRecords, later, seedGroup, settingsRows, storedEntries } from './transferHelpers';

let n = 0;
const freshDevice = () => useDatabase(`transfer-${++n}`);
beforeEach(freshDevice);

async function read(text: string, password?: string): Promise<GroupFile> {
  const outcome = await readGroupFile(text, password);
  if (!outcome.ok) throw new Error(`not read: ${JSON.stringify(outcome)}`);
  return outcome.file;
}

describe('export covers everything', () => {
  it('every table of a group is in the file format and in the merge', () => {
    const deviceTables = db().tables.map((t) => t.name).filter((name) => name !== 'settings');
    expect(payloadTables.map(storedIn).sort()).toEqual([...deviceTables].sort());
    expect(groupTables.map(storedIn).sort()).toEqual([...deviceTables].sort());
  });

  it('every answer type of every built kind has a sample that goes through export and import', () => {
    for (const [name, kind] of Object.entries(kinds)) {
      if ('comingSoon' in kind) continue;
      for (const type of Object.keys(kind.entrySchemas)) {
        expect(answerSamples.some((s) => s.kind === name && s.type === type), `${name}.${type} has no sample in tests/fixtures/answerSamples.ts`).toBe(true);
      }
    }
  });
});

describe('export and import', () => {
  it('moves a whole group to another device exactly: removals, photos, voice notes and every answer', async () => {
    const groupId = await seedGroup();
    const before = await dumpRecords();
    const built = await buildGroupFile([groupId]);
    expect(built.groupIds).toEqual([groupId]);

    freshDevice();
    const file = await read(built.text);
    const preview = await previewGroupFile(file);
    // Memos have their own row, apart from the other answers.
    const memos = answerSamples.filter((s) => s.type === 'memo').length;
    expect(memos).toBeGreaterThan(0);
    expect(preview.ok && preview.report.entries.added).toBe(answerSamples.length - memos);
    expect(preview.ok && preview.report.memos.added).toBe(memos);
    // The preview writes nothing, not even a setting.
    expect(await dumpDatabase()).toBe(canonical({ groups: [], people: [], meetings: [], entrySets: [], media: [], settings: [] }));
    const merged = await mergeGroupFile(file);
    // Ben was removed before the export: his tombstone travels, but nothing visible is "removed" here.
    expect(merged.ok && merged.report.people).toMatchObject({ added: 1, removed: 0, unchanged: 1 });
    expect(merged.ok && [merged.report.photos.added, merged.report.voices.added]).toEqual([1, 1]);
    expect(await dumpRecords()).toBe(before);
  });

  it('changes nothing when the same file is imported twice', async () => {
    const groupId = await seedGroup();
    const text = (await buildGroupFile([groupId])).text;
    freshDevice();
    await mergeGroupFile(await read(text));
    const once = await dumpRecords();
    const received = await settingsRows('received:');
    expect(Object.keys(received)).toEqual([`received:${groupId}`]);
    const again = await mergeGroupFile(await read(text));
    expect(again.ok && again.report.entries).toMatchObject({ added: 0, updated: 0, conflicts: 0 });
    expect(again.ok && again.report.entries.unchanged + again.report.memos.unchanged).toBe(answerSamples.length);
    expect(await dumpRecords()).toBe(once);
    expect(await settingsRows('received:')).toEqual(received);
  });

  it('keeps this tablet’s newer changes, takes the file’s newer ones, and counts a record changed on both as a conflict', async () => {
    const groupId = await seedGroup();
    const original = (await buildGroupFile([groupId])).text;
    // Tablet B gets the group, renames it; tablet A (this one) changes the place later.
    const tabletA = db().name;
    freshDevice();
    await mergeGroupFile(await read(original));
    await updateGroup(groupId, { name: 'Uusi nimi', place: 'Kirjasto' });
    await putEntry({ groupId, meetingId: 'm01', exerciseId: 'm01-invitation', type: 'field', key: 'time' }, { value: '13:00' });
    const fromB = (await buildGroupFile([groupId])).text;
    useDatabase(tabletA);
    await later(() => updateGroup(groupId, { name: 'Tiistaiporukka', place: 'Puisto' }));
    const file = await read(fromB);
    const preview = await previewGroupFile(file);
    expect(preview.ok && preview.report.groups).toMatchObject({ keptLocal: 1, conflicts: 1 });
    expect(preview.ok && preview.report.entries.added).toBe(1);
    await mergeGroupFile(file);
    expect(await db().groups.get(groupId)).toMatchObject({ place: 'Puisto', name: 'Tiistaiporukka' });
    expect((await storedEntries()).filter((e) => e.key === 'time').length).toBe(1);
  });

  it('never removes what the file does not mention', async () => {
    const first = await seedGroup('Ensimmäinen');
    const second = await seedGroup('Toinen');
    const onlyFirst = (await buildGroupFile([first])).text;
    await db().groups.delete(first);
    await mergeGroupFile(await read(onlyFirst));
    expect((await db().groups.toArray()).map((g) => g.name).sort()).toEqual(['Ensimmäinen', 'Toinen']);
    expect(await db().people.where('groupId').equals(second).count()).toBe(2);
  });

  it('exports all groups at once, and names the file after the group and the day', async () => {
    await seedGroup('A');
    await seedGroup('B');
    const all = await buildGroupFile(null);
    expect(all.groupIds).toHaveLength(2);
    expect((await read(all.text)).records.groups.map((g) => g.name).sort()).toEqual(['A', 'B']);
    expect(fileNameFor('Tiistain Äijät', '2026-11-23T10:00:00.000Z')).toBe('porukka-tiistain-aijat-2026-11-23.porukka.json');
    expect(fileNameFor(null, '2026-11-23T10:00:00.000Z')).toBe('porukka-kaikki-porukat-2026-11-23.porukka.json');
  });
});

describe('password protection', () => {
  it('opens with the right password only, and says plainly when it is wrong', async () => {
    const groupId = await seedGroup();
    const built = await buildGroupFile([groupId], 'kissa ja koira');
    expect(built.text).not.toContain('Tiistaiporukka');
    expect(built.text).not.toContain('Anna');
    expect(await readGroupFile(built.text)).toEqual({ ok: false, needsPassword: true });
    expect(await readGroupFile(built.text, 'kissa')).toEqual({ ok: false, error: { kind: 'wrongPassword' } });
    const file = await read(built.text, 'kissa ja koira');
    expect(file.isEncrypted).toBe(true);
    expect(file.records.people.map((p) => p.name).sort()).toEqual(['Anna', 'Ben']);
  }, 20_000);
});

describe('bad files are refused in plain words, and nothing changes', () => {
  const cases: [string, (good: string) => string, string][] = [
    ['not JSON', () => 'Hei, tämä on kirje.', 'notJson'],
    ['another app’s JSON', () => JSON.stringify({ type: 'excalidraw', elements: [] }), 'notPorukkaFile'],
    ['a newer format', (good) => good.replace('"formatVersion":3', '"formatVersion":4'), 'versionTooNew'],
    ['a truncated file', (good) => good.slice(0, Math.floor(good.length / 2)), 'truncated'],
    ['a record that fails the schema', (good) => good.replace('"role":"participant"', '"role":"boss"'), 'invalidRecords'],
    ['an answer that fails its kind', (good) => good.replace('"vote":"yes"', '"vote":"maybe"'), 'invalidRecords'],
    ['a photo that is not an image', (good) => good.replace(/"mime":"image\/jpeg"(.*?)"data":"[^"]+"/, '"mime":"image/jpeg"$1"data":"PGh0bWw+PC9odG1sPg=="'), 'notAnImage'],
  ];
  it.each(cases)('%s', async (_name, damage, expected) => {
    const groupId = await seedGroup();
    const good = (await buildGroupFile([groupId])).text;
    const before = await dumpDatabase();
    const outcome = await readGroupFile(damage(good));
    expect(outcome).toMatchObject({ ok: false, error: { kind: expected } });
    expect(await dumpDatabase()).toBe(before);
  });

  it('a file over the size limit', async () => {
    expect(await readGroupFile('{"formatName":"porukka-group-export"}', undefined, 10)).toEqual({ ok: false, error: { kind: 'tooLarge' } });
  });
});
