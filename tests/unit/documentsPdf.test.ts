// The tips list, plan, task table, feedback summary and certificates as real PDFs, read back with
// poppler: the Finnish text (ä ö å) is real text, the pictograms are embedded, page 1 renders.
import { beforeAll, describe, expect, it } from 'vitest';
import { actionPlanDocument } from '../../src/app/documents/actionPlan';
import { certificateOfDocument, certificatesDocument } from '../../src/app/documents/certificate';
import { feedbackSummaryDocument } from '../../src/app/documents/feedbackSummary';
import { taskTableDocument } from '../../src/app/documents/taskTable';
import { tipsListDocument } from '../../src/app/documents/tipsList';
import type { DocumentSpec } from '../../src/services/pdf/builder';
import { initI18n } from '../../src/i18n/i18n';
import { makePdf } from '../../src/services/pdf/engine';
import { groupData, texts } from './documentsFixture';
import { nodeAssets, readBack } from './pdfAssets';

beforeAll(() => initI18n('fi'));

/** Makes the PDF and reads it back: its text on one line, its pages, the pictograms asked for and embedded. */
async function made(spec: DocumentSpec | null) {
  if (!spec) throw new Error('no document');
  const asked: string[] = [];
  const back = readBack(await makePdf(spec, nodeAssets({}, asked)));
  const embedded = new Set(back.images.filter((i) => i.type === 'image').map((i) => i.object));
  expect(back.firstPagePng.subarray(1, 4).toString()).toBe('PNG');
  expect(embedded.size).toBe(new Set(asked).size);
  return { text: back.text.replace(/\s+/g, ' '), pages: back.pages, pictograms: new Set(asked) };
}

const expectAll = (text: string, expected: readonly string[]) => {
  for (const line of expected) expect(text).toContain(line);
};

describe('documents as PDFs', () => {
  it('tips list', async () => {
    const { text, pictograms } = await made(tipsListDocument(groupData('m03-idea-bank', 'm03'), texts()));
    expectAll(text, ['Vapaa-ajan vinkkilista', 'Porukka: Mäntylän porukka', 'Mitä paikkoja?', 'Kirjasto', 'Pyöräretki Särkänniemeen', 'Ääniviesti. Kuuntele se tabletilla.', 'Pyydä kaveri mukaan.']);
    expect(pictograms).toEqual(new Set(['idea-bank', 'cityscape', 'library', 'information', 'things-to-do', 'party', 'tip']));
  });

  it('action plan', async () => {
    const { text, pictograms } = await made(actionPlanDocument(groupData('m05-plan', 'm05'), texts()));
    expectAll(text, ['Toimintasuunnitelma', 'Meidän tavoite', 'Tanssia', 'Puistossa', 'Tanssi-ilta pihalla', 'Naapurit ja ystävät', 'Puuttuu vielä: Äänentoisto', 'Emme ole vielä sopineet tästä mitään.', 'Mitä puuttuu vielä?']);
    expect(pictograms).toEqual(new Set(['plan', 'goal', 'dance', 'park', 'people', 'friends', 'knowledge', 'missing', 'toolbox', 'place', 'neighbourhood']));
  });

  it('task table', async () => {
    const { text, pictograms } = await made(taskTableDocument(groupData('m08-tasks', 'm08'), texts()));
    expectAll(text, ['Työnjako', 'Kahvitarjoilu', 'Keittiötaidot', 'Työn tekee:', 'Jöns Åberg', 'Sari Hämäläinen', 'Tuki: Sari avaa keittiön oven.', 'Tehdään julisteet', 'Pöytien kantaminen', 'Anna Kärkkäinen', 'Emme ole vielä valinneet auttajaa.']);
    expect(pictograms).toEqual(new Set(['tasks', 'coffee', 'skills', 'cooking', 'people', 'avatar-owl', 'help-each-other', 'avatar-star', 'help', 'own-skill', 'avatar-fox']));
  });

  it('feedback summary', async () => {
    const { text, pictograms } = await made(feedbackSummaryDocument(groupData('m09-feedback', 'm09'), texts()));
    expectAll(text, ['Palaute tapahtumasta', '3 vierasta vastasi kyselyyn.', 'Oliko sinulla mukavaa?', 'Kyllä: 2 ihmistä', 'Ei: 1 ihminen', 'Musiikki: 2 ihmistä', 'Liian kova ääni: 1 ihminen', 'Tosi kivaa, kiitos! Tulen ensi kerralla.', 'Vieraat jättivät 1 ääniviestin.']);
    expect([...pictograms]).toEqual(expect.arrayContaining(['results', 'feedback', 'feel-fun', 'not-fun', 'music', 'food', 'noise', 'story', 'listen']));
  });

  it('certificates: a page for each participant, and one participant alone', async () => {
    const all = await made(certificatesDocument(groupData('m10-certificate', 'm10'), texts()));
    expect(all.pages).toBe(3);
    expectAll(all.text, [
      'Todistus',
      'Anna Kärkkäinen on ollut mukana Porukka-hautomossa ryhmässä Mäntylän porukka.',
      'Jöns Åberg on ollut mukana Porukka-hautomossa',
      'Pia Mäki on ollut mukana Porukka-hautomossa',
      'Mitä porukka sai aikaan',
      'Tanssi-ilta pihalla',
      'Porukan kumppanit: Liisa (Kirjasto), Seurakunnan nuorisotyö',
      'Aika ja paikka: tiistaina 1.9.2026 – maanantaina 23.11.2026, Asukastila Pääskynen',
      'Tukihenkilöt: Sari Hämäläinen',
    ]);
    expect(all.pictograms).toEqual(new Set(['certificate', 'avatar-fox', 'avatar-owl', 'avatar-cat', 'trophy', 'tasks', 'skills', 'partner', 'calendar']));
    const one = await made(certificateOfDocument('jori', groupData('m10-certificate', 'm10'), texts()));
    expect(one.pages).toBe(1);
    expect(one.text).toContain('Jöns Åberg teki: Kahvitarjoilu');
    expect(one.text).not.toContain('Anna Kärkkäinen');
  });
});
