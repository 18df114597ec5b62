// The posters from the group's data as real PDFs, read back with poppler: A4 poster and A5 card.
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { posterDocument } from '../../src/app/documents/poster';
import { documentTexts } from '../../src/app/documents/texts';
import type { DocumentData } from '../../src/app/documents/types';
import type { Entry } from '../../src/domain/records';
import { initI18n } from '../../src/i18n/i18n';
import { makePdf } from '../../src/services/pdf/engine';
import { entry, person } from './fixtures';
import { nodeAssets, photoFiles, readBack } from './pdfAssets';

const goal = entry('m04-idea-storm', 'goal', 'goal', { ref: 'm04-idea-storm/c1', exerciseId: 'm04-idea-storm', card: { areaId: 'wishes', text: 'Tanssi-ilta', photoId: 'photo-goal', createdAt: 2 } });
const agreement = entry('m07-agreement', 'agreement', 'p1', { where: 'Kirjaston sali', when: 'Lauantaina 12.6. kello 14', tasks: [], money: { isNeeded: null, amount: '', source: '' } });
const partner: Entry = { ...entry('partners', 'partner', 'p1', { name: 'Kirjaston Liisa', organisation: '', offers: '', phone: '', email: '', ways: [], meetingIds: [], tasks: '', createdAt: 1 }), meetingId: 'group' };
const field = (exerciseId: string, key: string, value: string): Entry => entry(exerciseId, 'field', key, { value });
const data = (exerciseId: string, entries: readonly Entry[]): DocumentData => ({
  groupId: 'g',
  group: { name: 'Mäntylän porukka', place: 'Asukastila', heldDays: [] },
  members: [person('anna', { name: 'Anna' })],
  entries: [goal, agreement, partner, ...entries],
  meetingRecords: [],
  meetingId: 'm08',
  exerciseId,
  step: null,
});

const pageSize = async (pdf: Uint8Array) => (await PDFDocument.load(pdf)).getPage(0).getSize();

beforeAll(() => initI18n('fi'));

describe('posters from the group’s data', () => {
  it('meeting 8’s poster holds the goal, the place and the time, with the goal’s photo, on one A4 page', async () => {
    const spec = posterDocument(data('m08-poster', []), documentTexts());
    if (!spec) throw new Error('no poster');
    expect(spec.style).toBe('poster');
    expect(spec.fileName).toBe('Juliste tapahtumasta Mäntylän porukka');
    const pdf = await makePdf(spec, nodeAssets({ 'photo-goal': photoFiles.landscape }));
    const { text, pages, images } = readBack(pdf);
    const flat = text.replace(/\s+/g, ' ');
    for (const expected of ['Tervetuloa mukaan!', 'Mitä: Tanssi-ilta', 'Aika: Lauantaina 12.6. kello 14', 'Paikka: Kirjaston sali', 'Mukana: Kirjaston Liisa', 'Terveisin Mäntylän porukka']) {
      expect(flat).toContain(expected);
    }
    expect(pages).toBe(1);
    expect(images.some((i) => i.encoding === 'jpeg')).toBe(true);
    expect(await pageSize(pdf)).toEqual({ width: 595.28, height: 841.89 });
  }, 20_000);

  it('makes the A5 card with the group’s own words, and leaves the photo out when asked', async () => {
    const own = [field('m10-invitation', 'paper', 'card'), field('m10-invitation', 'place', 'Puiston paviljonki'), field('m10-invitation', 'photo', 'none')];
    const spec = posterDocument(data('m10-invitation', own), documentTexts());
    if (!spec) throw new Error('no invitation');
    expect(spec.style).toBe('card');
    const pdf = await makePdf(spec, nodeAssets({ 'photo-goal': photoFiles.landscape }));
    const { text, pages, images } = readBack(pdf);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Tule juhlimaan kanssamme!');
    expect(flat).toContain('Paikka: Puiston paviljonki');
    expect(flat).toContain('Kiitos: Kirjaston Liisa');
    expect(flat).not.toContain('Kirjaston sali');
    expect(pages).toBe(1);
    expect(images.some((i) => i.encoding === 'jpeg')).toBe(false);
    expect(await pageSize(pdf)).toEqual({ width: 419.53, height: 595.28 });
  }, 20_000);

  it('is only for the poster forms', () => {
    expect(posterDocument(data('m01-invitation', []), documentTexts())).toBeNull();
    expect(posterDocument(data('m06-cafe-invitation', []), documentTexts())?.fileName).toBe('Kutsu kumppaneille kahville Mäntylän porukka');
  });
});
