// Conflicts through the real export and import: a record changed on this tablet AND in the file since
// the two tablets last exchanged files. A change made on one tablet only is never a conflict.
import { beforeEach, describe, expect, it } from 'vitest';
import { buildGroupFile } from '../../src/app/transfer/buildGroupFile';
import { mergeGroupFile, previewGroupFile } from '../../src/app/transfer/importGroupFile';
import { readGroupFile } from '../../src/app/transfer/readGroupFile';
import { reportKinds, type MergeReport } from '../../src/domain/transfer/report';
import { db, useDatabase } from '../../src/storage/db';
import { putEntry, removeEntry } from '../../src/storage/repositories/entries';
import { updateGroup } from '../../src/storage/repositories/groups';
import { updatePerson } from '../../src/storage/repositories/people';
import { markExported } from '../../src/storage/transfer';
import { answerSamples } from '../fixtures/answerSamples';
import { dumpRecords, later, seedGroup, settingsRows } from './transferHelpers';

let n = 0;
let tabletA = '';
let tabletB = '';
beforeEach(() => {
  n += 1;
  tabletA = `conflicts-a-${n}`;
  tabletB = `conflicts-b-${n}`;
});
const on = (tablet: string) => useDatabase(tablet);

/** Exports the group as the export screen does: the file, then the mark that it was handed over. */
async function exportGroup(groupId: string, remember = true): Promise<string> {
  const built = await buildGroupFile([groupId]);
  if (remember) await markExported(built.groupIds, { at: built.exportedAt, stamp: built.stamp });
  return built.text;
}

async function report(text: string, apply: boolean): Promise<MergeReport> {
  const outcome = await readGroupFile(text);
  if (!outcome.ok) throw new Error('not read');
  const result = apply ? await mergeGroupFile(outcome.file) : await previewGroupFile(outcome.file);
  if (!result.ok) throw new Error(result.error.kind);
  return result.report;
}
const conflicts = (r: MergeReport) => reportKinds.reduce((sum, kind) => sum + r[kind].conflicts, 0);

/** Tablet A makes the group and hands it to tablet B. */
async function handOver(remember = true): Promise<string> {
  on(tabletA);
  const groupId = await seedGroup();
  const first = await exportGroup(groupId, remember);
  on(tabletB);
  await report(first, true);
  return groupId;
}

const last = answerSamples[answerSamples.length - 1]!;
const lastAddress = (groupId: string) => ({ groupId, meetingId: last.meetingId as 'm04', exerciseId: last.exerciseId, type: last.type, key: last.key });

async function anna(): Promise<string> {
  const person = (await db().people.toArray()).find((p) => p.name === 'Anna');
  return person!.id;
}

describe('a change made on the other tablet only', () => {
  it('is an update, not a conflict — also for the newest thing this tablet wrote before its export', async () => {
    const groupId = await handOver();
    // B changes the group's name, Anna, and the very last answer A saved before exporting.
    await updateGroup(groupId, { name: 'Uusi nimi', place: 'Kirjasto' });
    await updatePerson(await anna(), { name: 'Anna K', colour: 'red', avatar: 'avatar-cat', role: 'participant', photoConsent: true });
    await putEntry(lastAddress(groupId), { ...(last.data as object), fieldTexts: { what: 'Tanssi' } });
    await removeEntry({ groupId, meetingId: 'group', exerciseId: 'partners', type: 'partner', key: answerSamples.find((s) => s.type === 'partner')!.key });
    const fromB = await exportGroup(groupId);

    on(tabletA);
    const preview = await report(fromB, false);
    expect(preview.groups.updated + preview.people.updated + preview.entries.updated).toBe(3);
    expect(preview.entries.removed).toBe(1);
    expect(conflicts(preview)).toBe(0);
    await report(fromB, true);
    expect((await db().groups.get(groupId))?.name).toBe('Uusi nimi');
  });

  it('is judged only by what the file shows when this tablet did not remember its export', async () => {
    const groupId = await handOver(false);
    await putEntry(lastAddress(groupId), { ...(last.data as object), fieldTexts: { what: 'Tanssi' } });
    await updateGroup(groupId, { name: 'Uusi nimi', place: 'Kirjasto' });
    const fromB = await exportGroup(groupId);
    on(tabletA);
    const preview = await report(fromB, false);
    // The group (written first) is shown by the file to have reached B; the last answer cannot be.
    expect([preview.groups.conflicts, preview.entries.conflicts]).toEqual([0, 1]);
  });
});

describe('a change made on this tablet only', () => {
  it('is kept, not a conflict, when the other tablet sends its old version again', async () => {
    const groupId = await handOver();
    await updateGroup(groupId, { name: 'B:n nimi', place: 'Kirjasto' });
    const firstFromB = await exportGroup(groupId);
    on(tabletA);
    await report(firstFromB, true);
    // A remembers, in the import's transaction, what it received from B.
    const received = await settingsRows('received:');
    expect(Object.keys(received)).toEqual([`received:${groupId}`]);
    await updateGroup(groupId, { name: 'A:n nimi', place: 'Kirjasto' });
    on(tabletB);
    const againFromB = await exportGroup(groupId);
    on(tabletA);
    const preview = await report(againFromB, false);
    expect(preview.groups).toMatchObject({ keptLocal: 1, conflicts: 0 });
  });
});

describe('the same record changed on both tablets since they last exchanged files', () => {
  it('is a conflict on both tablets, and both end with the same data', async () => {
    const groupId = await handOver();
    await updateGroup(groupId, { name: 'Tiistaiporukka', place: 'Puisto' });
    const fromB = await exportGroup(groupId);
    on(tabletA);
    await later(() => updateGroup(groupId, { name: 'Torstaiporukka', place: 'Kirjasto' }));
    const fromA = await exportGroup(groupId);

    const onA = await report(fromB, false);
    expect(onA.groups).toMatchObject({ keptLocal: 1, conflicts: 1 });
    expect(conflicts(onA)).toBe(1);
    await report(fromB, true);
    on(tabletB);
    const onB = await report(fromA, true);
    expect(onB.groups).toMatchObject({ updated: 1, conflicts: 1 });
    const dumpB = await dumpRecords();
    on(tabletA);
    expect(await dumpRecords()).toBe(dumpB);
    expect((await db().groups.get(groupId))?.name).toBe('Torstaiporukka');

    // They have now met: the same files again bring no conflict.
    expect(conflicts(await report(fromB, false))).toBe(0);
    on(tabletB);
    expect(conflicts(await report(fromA, false))).toBe(0);
  });
});
