import { beforeEach, describe, expect, it } from 'vitest';
import { db, useDatabase } from '../../src/storage/db';
import { loadDevice } from '../../src/storage/device';
import { listEntriesOfType, listExerciseEntries, listMeetingEntries, putEntries, putEntry, removeEntry, restoreEntry } from '../../src/storage/repositories/entries';
import { createGroup, getGroup, listGroups, updateGroup } from '../../src/storage/repositories/groups';
import { getMeetingRecord, listMeetingRecords, saveMeetingHeld } from '../../src/storage/repositories/meetings';
import { addPerson, getPerson, listMembers, removePerson, restorePerson, updatePerson } from '../../src/storage/repositories/people';
import { defaultDeviceSettings, loadDeviceSettings, saveDeviceSettings } from '../../src/storage/repositories/settings';
import { storedEntries } from './transferHelpers';

let dbCount = 0;
beforeEach(() => {
  useDatabase(`test-${++dbCount}`);
});

const draft = { name: 'Anna', colour: 'red', avatar: 'avatar-cat', role: 'participant' } as const;
const address = (groupId: string, key: string) => ({ groupId, meetingId: 'm02', exerciseId: 'm02-agree', type: 'vote', key }) as const;

describe('groups', () => {
  it('creates a group with every sync field, and lists groups by name', async () => {
    const b = await createGroup({ name: 'Tiistaiporukka', place: 'Kirjasto' });
    await createGroup({ name: 'Aamukahvit', place: '' });
    expect(b).toMatchObject({ id: b.groupId, deleted: false, name: 'Tiistaiporukka', place: 'Kirjasto' });
    expect(b.deviceId).toBe((await loadDevice()).deviceId);
    expect(b.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT.*Z_[0-9a-f]{4}$/);
    expect((await listGroups()).map((g) => g.name)).toEqual(['Aamukahvit', 'Tiistaiporukka']);
  });

  it('stamps every change later than the one before', async () => {
    const group = await createGroup({ name: 'A', place: '' });
    await updateGroup(group.id, { name: 'B', place: 'Puisto' });
    const updated = await getGroup(group.id);
    expect(updated).toMatchObject({ name: 'B', place: 'Puisto' });
    expect(updated!.updatedAt > group.updatedAt).toBe(true);
  });
});

describe('people', () => {
  it('adds members in order, and edits them', async () => {
    const group = await createGroup({ name: 'G', place: '' });
    const anna = await addPerson(group.id, draft);
    const ben = await addPerson(group.id, { ...draft, name: 'Ben', role: 'peer' });
    await updatePerson(anna.id, { ...draft, name: 'Anni' });
    expect((await listMembers(group.id)).map((p) => p.name)).toEqual(['Anni', 'Ben']);
    expect(await getPerson(ben.id)).toMatchObject({ role: 'peer', groupId: group.id });
  });

  it('removes with a tombstone that stays on disk, and restores', async () => {
    const group = await createGroup({ name: 'G', place: '' });
    const anna = await addPerson(group.id, draft);
    await removePerson(anna.id);
    expect(await listMembers(group.id)).toEqual([]);
    expect(await getPerson(anna.id)).toBeUndefined();
    expect(await db().people.get(anna.id)).toMatchObject({ deleted: true, name: 'Anna' });
    await restorePerson(anna.id);
    expect((await listMembers(group.id)).map((p) => p.name)).toEqual(['Anna']);
  });
});

describe('entries', () => {
  it('keeps one record per answer key: saving again replaces', async () => {
    await putEntry(address('g1', 's1:anna'), { vote: 'no' });
    await putEntry(address('g1', 's1:anna'), { vote: 'yes' });
    const entries = await listExerciseEntries('g1', 'm02-agree');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ key: 's1:anna', data: { vote: 'yes' }, deleted: false });
  });

  it('removes with a tombstone and restores', async () => {
    await putEntries([
      { address: address('g1', 's1:anna'), data: { vote: 'yes' } },
      { address: { ...address('g1', 'r1'), type: 'rule' }, data: { order: 1, text: 'Kuunnellaan.' } },
    ]);
    await removeEntry({ ...address('g1', 'r1'), type: 'rule' });
    expect(await listEntriesOfType('g1', 'rule', ['m02-agree'])).toEqual([]);
    expect((await storedEntries()).length).toBe(2);
    await restoreEntry({ ...address('g1', 'r1'), type: 'rule' });
    expect((await listEntriesOfType('g1', 'rule', ['m02-agree'])).map((e) => e.data)).toEqual([{ order: 1, text: 'Kuunnellaan.' }]);
    expect(await listMeetingEntries('g1', 'm02')).toHaveLength(2);
    expect(await listMeetingEntries('g2', 'm02')).toEqual([]);
  });
});

describe('meetings', () => {
  it('marks a meeting held with the day and who came, and not held again', async () => {
    await saveMeetingHeld('g1', 'm01', { heldOn: '2026-11-24', attendeeIds: ['a', 'b'] });
    expect(await getMeetingRecord('g1', 'm01')).toMatchObject({ id: 'g1/m01', heldOn: '2026-11-24', attendeeIds: ['a', 'b'] });
    await saveMeetingHeld('g1', 'm01', null);
    expect(await getMeetingRecord('g1', 'm01')).toMatchObject({ heldOn: null, attendeeIds: ['a', 'b'] });
    expect(await listMeetingRecords('g1')).toHaveLength(1);
  });
});

describe('device', () => {
  it('keeps its id and its clock across restarts', async () => {
    const name = `restart-${++dbCount}`;
    useDatabase(name);
    const first = await createGroup({ name: 'A', place: '' });
    const { deviceId } = await loadDevice();
    useDatabase(name); // as after closing and opening the app
    const second = await createGroup({ name: 'B', place: '' });
    expect((await loadDevice()).deviceId).toBe(deviceId);
    expect(second.updatedAt > first.updatedAt).toBe(true);
  });

  it('falls back to default settings when the saved ones are unreadable', async () => {
    expect(await loadDeviceSettings()).toEqual(defaultDeviceSettings);
    expect(defaultDeviceSettings).toMatchObject({ language: 'fi', speechRate: 'slow', textSize: 'normal', highContrast: false, idleMinutes: 10, longPressUnlock: false });
    await saveDeviceSettings({ ...defaultDeviceSettings, language: 'sv', speechRate: 'fast', highContrast: true });
    expect(await loadDeviceSettings()).toEqual({ ...defaultDeviceSettings, language: 'sv', speechRate: 'fast', highContrast: true });
    await db().settings.put({ key: 'device', value: { language: 'klingon' } });
    expect(await loadDeviceSettings()).toEqual(defaultDeviceSettings);
  });

  it('keeps what an earlier version saved and gives the newer settings their defaults', async () => {
    await db().settings.put({ key: 'device', value: { language: 'sv', speechRate: 'fast' } });
    expect(await loadDeviceSettings()).toEqual({ ...defaultDeviceSettings, language: 'sv', speechRate: 'fast' });
  });
});

describe('first start', () => {
  it('speaks the browser’s language when the app has it, otherwise Finnish, until a language is chosen', async () => {
    expect((await loadDeviceSettings(['sv-FI', 'fi'])).language).toBe('sv');
    expect((await loadDeviceSettings(['de-DE', 'en-US'])).language).toBe('en');
    expect((await loadDeviceSettings(['de-DE'])).language).toBe('fi');
    await saveDeviceSettings(defaultDeviceSettings);
    expect((await loadDeviceSettings(['sv-FI'])).language).toBe('fi');
  });
});

describe('two tabs of the app on one device', () => {
  it('keep stamping later than each other', async () => {
    const name = `tabs-${++dbCount}`;
    useDatabase(name);
    const first = await createGroup({ name: 'A', place: '' });
    // Another tab writes with a clock far ahead (as after importing from a tablet whose clock is fast).
    await db().settings.put({ key: 'clock', value: '2030-01-01T00:00:00.000Z_0000' });
    const second = await createGroup({ name: 'B', place: '' });
    expect(second.updatedAt > '2030-01-01T00:00:00.000Z_0000').toBe(true);
    expect(second.updatedAt > first.updatedAt).toBe(true);
  });
});
