// A group file carries only the photos and sounds its live records use: a removed answer's photo, a
// member's photo taken away or a removed recording stays on the tablet (for undo) but does not travel.
import { describe, expect, it } from 'vitest';
import { buildGroupFile } from '../../src/app/transfer/buildGroupFile';
import { mediaInUse } from '../../src/domain/transfer/mediaInUse';
import { useDatabase } from '../../src/storage/db';
import { allGroupEntries, removeEntry } from '../../src/storage/repositories/entries';
import { saveMedia } from '../../src/storage/repositories/media';
import { addPerson, removePerson, updatePerson } from '../../src/storage/repositories/people';
import { jpegBytes, seedGroup } from './transferHelpers';

const live = { id: 'x', groupId: 'g', updatedAt: 's', deviceId: 'd', deleted: false };

describe('the media a group file carries', () => {
  it('are those a record that is not removed mentions, at any depth', () => {
    const media = ['p1', 'p2', 'v1', 'v2', 'unused'].map((id) => ({ id }));
    const records = {
      groups: [live],
      people: [{ ...live, photoId: 'p1' }, { ...live, deleted: true, photoId: 'p2' }],
      entries: [{ ...live, data: { replies: { who: { voiceId: 'v1' } } } }, { ...live, deleted: true, data: { voiceId: 'v2' } }],
    };
    expect(mediaInUse(records, media).map((m) => m.id)).toEqual(['p1', 'v1']);
  });

  it('leaves out a member\'s photo taken away, a removed member\'s photo and a removed answer\'s media', async () => {
    useDatabase('media-in-use');
    const groupId = await seedGroup('Kuvaporukka');
    const carried = async () => (JSON.parse((await buildGroupFile([groupId])).text) as { payload: { media: { id: string }[] } }).payload.media.map((m) => m.id).sort();
    const photo = () => saveMedia(groupId, { mediaType: 'photo', mime: 'image/jpeg', blob: new Blob([jpegBytes], { type: 'image/jpeg' }) });
    const [caiPhoto, danPhoto] = [await photo(), await photo()];
    const cai = await addPerson(groupId, { name: 'Cai', colour: 'green', avatar: 'avatar-fox', role: 'participant', photoId: caiPhoto });
    const dan = await addPerson(groupId, { name: 'Dan', colour: 'red', avatar: 'avatar-cat', role: 'participant', photoId: danPhoto });
    const fromSamples = (await carried()).filter((id) => id !== caiPhoto && id !== danPhoto);
    // The samples' photo and voice note (used by a wish card, an own picture, a photo story, field notes…).
    expect(fromSamples).toHaveLength(2);
    expect(await carried()).toEqual([...fromSamples, caiPhoto, danPhoto].sort());

    await updatePerson(cai.id, { name: 'Cai', colour: 'green', avatar: 'avatar-fox', role: 'participant', photoId: undefined });
    await removePerson(dan.id);
    expect(await carried()).toEqual(fromSamples);

    // Every answer that uses the samples' media removed: none of it travels.
    const users = (await allGroupEntries(groupId)).filter((e) => !e.deleted && fromSamples.some((id) => JSON.stringify(e.data).includes(id)));
    expect(users.length).toBeGreaterThan(2);
    for (const entry of users) {
      await removeEntry({ groupId, meetingId: entry.meetingId, exerciseId: entry.exerciseId, type: entry.type, key: entry.key });
    }
    expect(await carried()).toEqual([]);
  });
});
