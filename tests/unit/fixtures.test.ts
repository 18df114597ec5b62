// Files of every released format version must import forever.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeGroupFile } from '../../src/app/transfer/importGroupFile';
import { readGroupFile } from '../../src/app/transfer/readGroupFile';
import { db, useDatabase } from '../../src/storage/db';
import { listRecordings, loadRecordingFiles } from '../../src/storage/repositories/ownVoices';
import { listOwnPictures } from '../../src/storage/repositories/ownPictures';
import { storedEntries } from './transferHelpers';
import { version1SampleCount, version2SampleCount, version3SampleCount } from '../fixtures/answerSamples';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describe('format version 1 files', () => {
  it('import into an empty tablet with everything in them', async () => {
    useDatabase('fixture-v1');
    const outcome = await readGroupFile(fixture('group-v1.porukka.json'));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const merged = await mergeGroupFile(outcome.file);
    expect(merged.ok).toBe(true);
    expect((await db().groups.toArray()).map((g) => g.name)).toEqual(['Fixtuuriporukka']);
    expect((await db().people.toArray()).map((p) => [p.name, p.deleted]).sort()).toEqual([['Anna', false], ['Ben', true]]);
    expect((await storedEntries()).length).toBe(version1SampleCount);
    const photo = (await db().media.toArray()).find((m) => m.mediaType === 'photo');
    expect(photo?.blob.size).toBeGreaterThan(0);
    expect(photo?.blob.type).toBe('image/jpeg');
  });

  it('protected with a password still open with it', async () => {
    useDatabase('fixture-v1-password');
    const outcome = await readGroupFile(fixture('group-v1-password.porukka.json'), 'porukka-testi');
    expect(outcome.ok && outcome.file.records.entries.length).toBe(version1SampleCount);
  }, 20_000);
});

describe('format version 2 files', () => {
  it('import with photo consent, the meeting plan, partners and the getting-started boards', async () => {
    useDatabase('fixture-v2');
    const outcome = await readGroupFile(fixture('group-v2.porukka.json'));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect((await mergeGroupFile(outcome.file)).ok).toBe(true);
    const people = await db().people.toArray();
    expect(people.map((p) => [p.name, p.photoConsent === true]).sort()).toEqual([['Anna', true], ['Ben', false]]);
    expect((await storedEntries()).length).toBe(version2SampleCount);
    const groupScoped = (await storedEntries()).filter((e) => e.meetingId === 'group').map((e) => e.exerciseId).sort();
    expect(groupScoped).toEqual(['partners', 'start-coffee', 'start-coffee']);
    expect((await storedEntries()).some((e) => e.exerciseId === 'm03-meeting-plan' && e.key === 'next-day')).toBe(true);
  });

  it('protected with a password still open with it', async () => {
    useDatabase('fixture-v2-password');
    const outcome = await readGroupFile(fixture('group-v2-password.porukka.json'), 'porukka-testi');
    expect(outcome.ok && outcome.file.records.entries.length).toBe(version2SampleCount);
  }, 20_000);
});

describe('format version 3 files', () => {
  it('import with a member\'s own photo, the group\'s own voice recording and own pictures', async () => {
    useDatabase('fixture-v3');
    const outcome = await readGroupFile(fixture('group-v3.porukka.json'));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect((await mergeGroupFile(outcome.file)).ok).toBe(true);
    const [group] = await db().groups.toArray();
    expect(group?.name).toBe('Kolmosporukka');
    const cai = (await db().people.toArray()).find((p) => p.name === 'Cai');
    const photo = cai?.photoId ? await db().media.get(cai.photoId) : undefined;
    expect(photo?.mediaType).toBe('photo');
    expect(photo?.blob.size).toBeGreaterThan(0);
    const recordings = await listRecordings(group!.id);
    expect(recordings.map((r) => r.text)).toEqual(['Tervetuloa Porukkaan!']);
    expect((await loadRecordingFiles(group!.id)).get(recordings[0]!.key)?.type).toBe('audio/webm');
    expect([...(await listOwnPictures(group!.id)).keys()]).toEqual(['cafe']);
    expect((await storedEntries()).length).toBe(version3SampleCount + 1);
  });

  it('protected with a password still open with it', async () => {
    useDatabase('fixture-v3-password');
    const outcome = await readGroupFile(fixture('group-v3-password.porukka.json'), 'porukka-testi');
    expect(outcome.ok && outcome.file.records.entries.length).toBe(version3SampleCount + 1);
  }, 20_000);
});
