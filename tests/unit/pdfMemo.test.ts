// The meeting memo as a real PDF, read back with poppler: Finnish text with ä ö å, the photos and
// pictograms embedded, page 1 renders; a member's photo stays out without their consent.
import { beforeAll, describe, expect, it } from 'vitest';
import { memoDocument } from '../../src/app/documents/memo';
import type { DocumentData } from '../../src/app/documents/types';
import { documentTexts } from '../../src/app/documents/texts';
import type { Entry } from '../../src/domain/records';
import { initI18n } from '../../src/i18n/i18n';
import { makePdf } from '../../src/services/pdf/engine';
import { entry, person } from './fixtures';
import { nodeAssets, photoFiles, readBack } from './pdfAssets';

const members = [
  person('anna', { name: 'Anna Kärkkäinen', avatar: 'avatar-fox', colour: 'red', photoConsent: true }),
  person('jons', { name: 'Jöns Åberg', avatar: 'avatar-owl', colour: 'green' }),
  person('sari', { name: 'Sari Hämäläinen', role: 'support', photoConsent: true }),
];
const at = (meetingId: 'm06' | 'm07', e: Entry): Entry => ({ ...e, meetingId });
const memo = {
  topic: 'Tapaaminen kirjaston väen kanssa',
  day: '2026-10-14',
  personIds: ['anna', 'jons', 'sari'],
  partnerKeys: ['k1'],
  talked: 'Puhuimme “pihajuhlasta” – ja siitä, mitä tarvitaan.\n\nKirjasto lainaa äänentoiston.',
  agreed: 'Juhla on lauantaina. Kaikki tuovat jotain syötävää — myös Åsa.',
  tasks: [
    { text: 'Soittaa kirjastoon', personIds: ['anna', 'jons'] },
    { text: 'Tekee julisteen', personIds: [] },
  ],
  next: 'Seuraava tapaaminen on tiistaina kello 13.',
  photoId: 'memo-photo',
  createdAt: 1,
};
const entries: Entry[] = [
  at('m07', entry('m07-memo', 'memo', 'memo-1', memo)),
  entry('partners', 'partner', 'k1', { name: 'Liisa Öhman', organisation: 'Kirjasto', offers: '', phone: '', email: '', ways: [], meetingIds: [], tasks: '', createdAt: 1 }),
  at('m06', entry('m06-meeting-plan', 'field', 'next-place', { value: 'Pääkirjaston pajahuone' })),
  // The meeting's photos: a card's photo (the group's), Anna's story (consent) and Jöns's story (no consent).
  at('m07', entry('m07-learning-cafe', 'card', 'c1', { text: 'Kahvila', photoId: 'group-photo', createdAt: 1 })),
  at('m07', entry('m07-stories', 'story', 'anna', { photoId: 'anna-photo' })),
  at('m07', entry('m07-stories', 'story', 'jons', { photoId: 'jons-photo' })),
];
const photos = { 'memo-photo': photoFiles.landscape, 'group-photo': photoFiles.portrait, 'anna-photo': photoFiles.landscape, 'jons-photo': photoFiles.portrait };

const data = (step: string | null): DocumentData => ({
  groupId: 'g',
  group: { name: 'Mäntylän porukka', place: 'Asukastila Pääskynen', heldDays: [] },
  members,
  removedMemberIds: [],
  entries,
  meetingRecords: [],
  meetingId: 'm07',
  exerciseId: 'm07-memo',
  step,
});

beforeAll(() => initI18n('fi'));

describe('memo PDF', () => {
  it('is offered on a memo page only', () => {
    expect(memoDocument(data(null), documentTexts())).toBeNull();
    expect(memoDocument(data('edit-memo-1'), documentTexts())).toBeNull();
    expect(memoDocument(data('no-such-memo'), documentTexts())).toBeNull();
    expect(memoDocument(data('memo-1'), documentTexts())?.fileName).toBe('Muistio 2026-10-14');
  });

  it('has the memo as selectable Finnish text, with ä ö å and typographic marks', async () => {
    const spec = memoDocument(data('memo-1'), documentTexts());
    if (!spec) throw new Error('no memo');
    const { text, pages } = readBack(await makePdf(spec, nodeAssets(photos)));
    const flat = text.replace(/\s+/g, ' ');
    for (const expected of [
      'Tapaaminen kirjaston väen kanssa',
      'Mäntylän porukka, tapaaminen 7',
      'Päivä: keskiviikkona 14.10.2026',
      'Paikka: Pääkirjaston pajahuone',
      'Keitä oli mukana?',
      'Anna Kärkkäinen',
      'Jöns Åberg',
      'Liisa Öhman',
      'Puhuimme “pihajuhlasta” – ja siitä, mitä tarvitaan.',
      'Kirjasto lainaa äänentoiston.',
      'Kaikki tuovat jotain syötävää — myös Åsa.',
      'Anna Kärkkäinen ja Jöns Åberg: Soittaa kirjastoon',
      'Tekee julisteen',
      'Seuraava tapaaminen on tiistaina kello 13.',
      'Kuvia tapaamisesta',
    ]) {
      expect(flat).toContain(expected);
    }
    expect(pages).toBe(3);
    expect(flat).toMatch(/1 ?\/ ?3.*2 ?\/ ?3.*3 ?\/ ?3/);
  });

  it('embeds the photos and pictograms, but not the photo of a member without consent', async () => {
    const spec = memoDocument(data('memo-1'), documentTexts());
    if (!spec) throw new Error('no memo');
    const asked: string[] = [];
    const { images, firstPagePng } = readBack(await makePdf(spec, nodeAssets(photos, asked)));
    const embedded = [...new Map(images.filter((i) => i.type === 'image').map((i) => [i.object, i])).values()];
    const jpegs = embedded.filter((i) => i.encoding === 'jpeg');
    // memo-photo 400×300, group-photo 240×320, anna-photo 400×300; never jons-photo.
    expect(jpegs.map((i) => `${i.width}x${i.height}`).sort()).toEqual(['240x320', '400x300', '400x300']);
    const pictograms = embedded.filter((i) => i.encoding !== 'jpeg');
    expect(pictograms.length).toBe(new Set(asked).size);
    expect(new Set(asked)).toEqual(new Set(['memo', 'group', 'calendar', 'place', 'small-talk', 'agree-together', 'tasks', 'next-meeting', 'camera', 'avatar-fox', 'avatar-owl', 'avatar-cat', 'partner']));
    expect(firstPagePng.subarray(1, 4).toString()).toBe('PNG');
  });
});
