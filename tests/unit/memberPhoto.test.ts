// A member's own photo: on paper only with photo consent, and in the group file (validated on import).
import { beforeEach, describe, expect, it } from 'vitest';
import { paperMember } from '../../src/app/documents/memo';
import { buildGroupFile } from '../../src/app/transfer/buildGroupFile';
import { mergeGroupFile, previewGroupFile } from '../../src/app/transfer/importGroupFile';
import { readGroupFile } from '../../src/app/transfer/readGroupFile';
import type { Person } from '../../src/domain/records';
import { layOut } from '../../src/services/pdf/layout';
import { picturesOf, recordOps } from '../../src/services/pdf/ops';
import { paperStyles } from '../../src/services/pdf/styles';
import { useDatabase } from '../../src/storage/db';
import { createGroup } from '../../src/storage/repositories/groups';
import { getMediaBlob, saveMedia } from '../../src/storage/repositories/media';
import { addPerson, getPerson, listMembers } from '../../src/storage/repositories/people';
import { jpegBytes } from './transferHelpers';

const person = (over: Partial<Person>): Person => ({
  id: 'p1',
  groupId: 'g',
  name: 'Anna',
  colour: 'green',
  avatar: 'avatar-cat',
  role: 'participant',
  createdAt: '2026-11-23T10:00:00.000Z_0000',
  updatedAt: '2026-11-23T10:00:00.000Z_0000',
  deviceId: 'd',
  deleted: false,
  ...over,
});

describe('a member’s photo on paper', () => {
  it('is used only with photo consent; otherwise the emoji on the member’s colour', () => {
    expect(paperMember(person({ photoId: 'ph1', photoConsent: true }))).toEqual({ name: 'Anna', avatar: 'avatar-cat', colourHex: expect.any(String), photoId: 'ph1' });
    for (const noConsent of [person({ photoId: 'ph1', photoConsent: false }), person({ photoId: 'ph1' }), person({ photoConsent: true })]) {
      const paper = paperMember(noConsent);
      expect(paper).not.toHaveProperty('photoId');
      expect(paper.avatar).toBe('avatar-cat');
    }
  });

  it('puts only consenting members’ photos among a document’s pictures', () => {
    const members = [person({ id: 'a', photoId: 'with-consent', photoConsent: true }), person({ id: 'b', name: 'Ben', avatar: 'avatar-dog', photoId: 'no-consent', photoConsent: false })];
    const ops = recordOps({ fileName: 'x', style: 'page', language: 'fi', write: (doc) => doc.people(members.map(paperMember)) });
    const pictures = picturesOf(ops);
    expect(pictures.photos).toEqual(['with-consent']);
    expect(pictures.pictograms).toEqual(expect.arrayContaining(['avatar-cat', 'avatar-dog']));
  });
});

async function groupWithPhoto(): Promise<{ groupId: string; photoId: string; text: string }> {
  const group = await createGroup({ name: 'Tiistaiporukka', place: 'Kirjasto' });
  const photoId = await saveMedia(group.id, { mediaType: 'photo', mime: 'image/jpeg', blob: new Blob([jpegBytes], { type: 'image/jpeg' }), width: 320, height: 240 });
  await addPerson(group.id, { name: 'Anna', colour: 'red', avatar: 'avatar-cat', role: 'participant', photoConsent: false, photoId });
  await addPerson(group.id, { name: 'Ben', colour: 'blue', avatar: 'avatar-dog', role: 'peer' });
  const built = await buildGroupFile([group.id]);
  // The export screen says how many members' photos are in the file.
  expect(built.memberPhotos).toBe(1);
  return { groupId: group.id, photoId, text: built.text };
}

describe('a member’s photo drawn on paper', () => {
  it('fills a circle inside a ring of the member’s colour, like on the screen; without a photo the emoji', () => {
    const members = [person({ id: 'a', photoId: 'ph', photoConsent: true }), person({ id: 'b', name: 'Ben', avatar: 'avatar-dog' })];
    const [page] = layOut({
      ops: recordOps({ fileName: 'x', style: 'page', language: 'fi', write: (doc) => doc.people(members.map(paperMember)) }),
      style: paperStyles.page,
      metrics: { width: (text: string, size: number) => [...text].length * size * 0.5 },
      imageSize: (key) => (key === 'photo:ph' ? { width: 1600, height: 1200 } : { width: 256, height: 256 }),
    });
    const photo = page!.find((d) => d.kind === 'image' && d.key === 'photo:ph');
    if (photo?.kind !== 'image' || !photo.round) throw new Error('no round photo');
    // Covers the circle (the wider side is cut off), centred on it.
    expect(photo.height).toBeCloseTo(2 * photo.round.r);
    expect(photo.width).toBeGreaterThan(photo.height);
    expect(photo.x + photo.width / 2).toBeCloseTo(photo.round.cx);
    // The ring: a disc of her colour, a little larger than the photo's circle.
    const ring = page!.find((d) => d.kind === 'disc' && d.cx === photo.round!.cx);
    expect(ring?.kind === 'disc' && ring.r).toBeGreaterThan(photo.round.r);
    // Ben has no photo: his emoji.
    expect(page!.some((d) => d.kind === 'image' && d.key === 'pictogram:avatar-dog')).toBe(true);
  });
});

describe('a member’s photo in the group file', () => {
  let n = 0;
  beforeEach(() => useDatabase(`member-photo-transfer-${++n}`));

  it('travels with the group: the member keeps the photo on another tablet', async () => {
    const { photoId, text } = await groupWithPhoto();
    useDatabase(`member-photo-transfer-${++n}`);
    const read = await readGroupFile(text);
    if (!read.ok) throw new Error(JSON.stringify(read));
    expect(read.file.records.media.map((m) => m.id)).toContain(photoId);
    const preview = await previewGroupFile(read.file);
    expect(preview.ok && preview.report.photos.added).toBe(1);
    await mergeGroupFile(read.file);
    const [anna, ben] = await listMembers(read.file.records.groups[0]!.id);
    expect(anna?.photoId).toBe(photoId);
    expect(ben?.photoId).toBeUndefined();
    expect(await getMediaBlob(photoId)).not.toBeNull();
    expect((await getPerson(anna!.id))?.name).toBe('Anna');
  });

  it('refuses a file whose member names a photo with a broken id', async () => {
    const { photoId, text } = await groupWithPhoto();
    const outcome = await readGroupFile(text.replace(`"photoId":"${photoId}"`, '"photoId":"<img src=x>"'));
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'invalidRecords' } });
  });

  it('reads a member without a photo as before', async () => {
    const { text } = await groupWithPhoto();
    const read = await readGroupFile(text);
    expect(read.ok && read.file.records.people.find((p) => p.name === 'Ben')).not.toHaveProperty('photoId');
  });
});
