// Meeting 1's invitation as a real PDF poster, read back with poppler.
import { beforeAll, describe, expect, it } from 'vitest';
import { invitationDocument } from '../../src/app/documents/invitation';
import type { DocumentData } from '../../src/app/documents/types';
import { documentTexts } from '../../src/app/documents/texts';
import type { Entry } from '../../src/domain/records';
import { changeLanguage, initI18n } from '../../src/i18n/i18n';
import { makePdf } from '../../src/services/pdf/engine';
import { entry, person } from './fixtures';
import { nodeAssets, readBack } from './pdfAssets';

const members = [person('anna', { name: 'Anna' }), person('sari', { name: 'Sari Hämäläinen', role: 'support' }), person('ossi', { name: 'Össi Ek', role: 'peer' })];
const field = (key: string, value: string): Entry => ({ ...entry('m01-invitation', 'field', key, { value }), meetingId: 'm01' });
const data = (entries: readonly Entry[]): DocumentData => ({
  groupId: 'g',
  group: { name: 'Mäntylän porukka', place: 'Asukastila', heldDays: [] },
  members,
  entries,
  meetingRecords: [],
  meetingId: 'm01',
  exerciseId: 'm01-invitation',
  step: null,
});
const filled = [field('day', '2026-12-01'), field('time', '13:30'), field('place', 'Kylätalo Päivärinne'), field('names', 'Sari ja Åke')];

beforeAll(() => initI18n('fi'));

describe('invitation poster', () => {
  it('says what the invitation card says, in large type on one A4 page', async () => {
    const spec = invitationDocument(data(filled), documentTexts());
    expect(spec.style).toBe('poster');
    const asked: string[] = [];
    const { text, pages, images, firstPagePng } = readBack(await makePdf(spec, nodeAssets({}, asked)));
    const flat = text.replace(/\s+/g, ' ');
    for (const expected of [
      'Moi! Tule kahville ja tutustumaan Porukka-hautomoon.',
      'Aika: tiistaina 1.12.2026 kello 13.30.',
      'Paikka: Kylätalo Päivärinne.',
      'Kaipaatko uusia tuttuja, kavereita tai tekemistä?',
      'Porukka-hautomossa tutustut muihin ihmisiin.',
      'Vaikutamme yhdessä asioihin, jotka ovat meille tärkeitä.',
      'Jos tarvitset enemmän apua, ota oma tukihenkilö mukaan.',
      'Terveisin tukihenkilöt Sari ja Åke',
    ]) {
      expect(flat).toContain(expected);
    }
    expect(pages).toBe(1);
    expect(new Set(images.filter((i) => i.type === 'image').map((i) => i.object)).size).toBe(new Set(asked).size);
    expect(asked).toContain('coffee');
    expect(firstPagePng.subarray(1, 4).toString()).toBe('PNG');
    expect(spec.fileName).toBe('Kutsu Mäntylän porukka');
  });

  it('names the group’s support persons when the names were not written, and says when the time is open', async () => {
    const spec = invitationDocument(data([field('place', 'Kirjasto')]), documentTexts());
    const flat = readBack(await makePdf(spec, nodeAssets())).text.replace(/\s+/g, ' ');
    expect(flat).toContain('Kerromme ajan myöhemmin.');
    expect(flat).toContain('Terveisin tukihenkilöt Sari Hämäläinen ja Össi Ek');
  });

  it('is in the UI language', async () => {
    await changeLanguage('sv');
    try {
      const spec = invitationDocument(data(filled), documentTexts());
      expect(spec.language).toBe('sv');
      const flat = readBack(await makePdf(spec, nodeAssets())).text.replace(/\s+/g, ' ');
      expect(flat).toContain('Plats: Kylätalo Päivärinne.');
      expect(spec.fileName).toBe('Inbjudan Mäntylän porukka');
    } finally {
      await changeLanguage('fi');
    }
  });
});
