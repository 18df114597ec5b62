// Photos and sounds no record uses are removed from the tablet at a later start, once a day old; what a
// record uses (a member's photo, an answer's photo or voice note, an own picture) stays, and a group
// file that uses a removed photo again brings it back.
import { describe, expect, it } from 'vitest';
import { buildGroupFile } from '../../src/app/transfer/buildGroupFile';
import { mergeGroupFile } from '../../src/app/transfer/importGroupFile';
import { readGroupFile } from '../../src/app/transfer/readGroupFile';
import { db, useDatabase } from '../../src/storage/db';
import { allGroupEntries, removeEntry } from '../../src/storage/repositories/entries';
import { getMediaBlob, saveMedia } from '../../src/storage/repositories/media';
import { addPerson, updatePerson } from '../../src/storage/repositories/people';
import { removeUnusedMedia, unusedMediaAge } from '../../src/storage/unusedMedia';
import { jpegBytes, seedGroup } from './transferHelpers';

const dayLater = () => Date.now() + unusedMediaAge + 60_000;
const mediaIds = async () => (await db().media.toArray()).map((m) => m.id).sort();

describe('unused photos and sounds', () => {
  it('are removed a day later; what a live record uses stays', async () => {
    useDatabase('unused-media');
    const groupId = await seedGroup('Kuvaporukka');
    const photo = () => saveMedia(groupId, { mediaType: 'photo', mime: 'image/jpeg', blob: new Blob([jpegBytes], { type: 'image/jpeg' }) });
    const [first, second] = [await photo(), await photo()];
    const cai = await addPerson(groupId, { name: 'Cai', colour: 'green', avatar: 'avatar-fox', role: 'participant', photoId: first });
    // Cai's photo changed for another: the first is used by nothing.
    await updatePerson(cai.id, { name: 'Cai', colour: 'green', avatar: 'avatar-fox', role: 'participant', photoId: second });
    const answerMedia = (await mediaIds()).filter((id) => id !== first && id !== second);
    expect(answerMedia).toHaveLength(2);

    // Not yet a day old (undo may still want it): kept.
    expect(await removeUnusedMedia()).toBe(0);
    expect(await mediaIds()).toEqual([...answerMedia, first, second].sort());

    expect(await removeUnusedMedia(dayLater())).toBe(1);
    expect(await mediaIds()).toEqual([...answerMedia, second].sort());
    expect(await getMediaBlob(second)).not.toBeNull();

    // Every answer that uses the samples' photo and voice note removed: a day later they go too.
    const users = (await allGroupEntries(groupId)).filter((e) => !e.deleted && answerMedia.some((id) => JSON.stringify(e.data).includes(id)));
    expect(users.length).toBeGreaterThan(2);
    for (const e of users) await removeEntry({ groupId, meetingId: e.meetingId, exerciseId: e.exerciseId, type: e.type, key: e.key });
    expect(await removeUnusedMedia(dayLater())).toBe(2);
    expect(await mediaIds()).toEqual([second]);
  });

  it('come back with a group file whose records use them again', async () => {
    useDatabase('unused-media-back');
    const groupId = await seedGroup('Paluuporukka');
    const file = (await buildGroupFile([groupId])).text;
    const carried = await mediaIds();
    const users = (await allGroupEntries(groupId)).filter((e) => !e.deleted && carried.some((id) => JSON.stringify(e.data).includes(id)));
    for (const e of users) await removeEntry({ groupId, meetingId: e.meetingId, exerciseId: e.exerciseId, type: e.type, key: e.key });
    expect(await removeUnusedMedia(dayLater())).toBe(carried.length);
    expect(await mediaIds()).toEqual([]);
    // The old file's answers lose to the newer removals, but its photo and voice note are stored again.
    const read = await readGroupFile(file);
    if (!read.ok) throw new Error('the file was not read');
    expect((await mergeGroupFile(read.file)).ok).toBe(true);
    expect(await mediaIds()).toEqual(carried);
  });
});
