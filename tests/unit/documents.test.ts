// The tips list, plan, task table, feedback summary and certificates are made from the group's saved
// answers: what each prints (in Finnish), with which pictures, on which step, and never a member's photo.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionPlanDocument } from '../../src/app/documents/actionPlan';
import { certificateOfDocument, certificatesDocument } from '../../src/app/documents/certificate';
import { feedbackSummaryDocument } from '../../src/app/documents/feedbackSummary';
import { taskTableDocument } from '../../src/app/documents/taskTable';
import { tipsListDocument } from '../../src/app/documents/tipsList';
import { changeLanguage, initI18n } from '../../src/i18n/i18n';
import { entry } from './fixtures';
import { texts, groupData, journey, printedText, record, type Call } from './documentsFixture';

beforeAll(() =>
  initI18n('fi', {
    onMissingKey: (language, key) => {
      throw new Error(`Missing text "${key}" (${language})`);
    },
  }),
);
afterAll(() => changeLanguage('fi'));

const calls = (spec: ReturnType<typeof tipsListDocument>): Call[] => {
  expect(spec).not.toBeNull();
  return record(spec!);
};
const rows = (c: readonly Call[]) => c.filter(([name]) => name === 'row').map(([, pictogram, text]) => [pictogram, text]);
const headings = (c: readonly Call[]) => c.filter(([name]) => name === 'heading').map(([, text, pictogram]) => [text, pictogram]);

describe('tips list (meeting 3)', () => {
  const tips = () => calls(tipsListDocument(groupData('m03-idea-bank', 'm03'), texts()));

  it('prints the topics that have tips, each tip with its picture, a voice-only tip as a voice note', () => {
    const c = tips();
    expect(c[0]).toEqual(['title', 'Vapaa-ajan vinkkilista', 'idea-bank']);
    expect(headings(c)).toEqual([
      ['Mitä paikkoja?', 'cityscape'],
      ['Mistä saa tietoa?', 'information'],
      ['Mitä tekemistä?', 'things-to-do'],
    ]);
    expect(rows(c)).toEqual(expect.arrayContaining([['library', 'Kirjasto'], ['party', 'Pyöräretki Särkänniemeen'], ['information', 'Ääniviesti. Kuuntele se tabletilla.']]));
    expect(printedText(c)).toContain('Porukka: Mäntylän porukka');
  });

  it('is offered on the overview and the summary, not on a topic’s page nor without tips', () => {
    expect(tipsListDocument(groupData('m03-idea-bank', 'm03', 'summary'), texts())?.fileName).toBe('Vapaa-ajan vinkkilista Mäntylän porukka');
    expect(tipsListDocument(groupData('m03-idea-bank', 'm03', 'section-places'), texts())).toBeNull();
    expect(tipsListDocument(groupData('m03-idea-bank', 'm03', null, []), texts())).toBeNull();
  });
});

describe('action plan (meeting 5)', () => {
  it('prints the goal’s pictures and words, the sections, and marks what is missing', () => {
    const c = calls(actionPlanDocument(groupData('m05-plan', 'm05'), texts()));
    const text = printedText(c);
    expect(c[0]).toEqual(['title', 'Toimintasuunnitelma', 'plan']);
    expect(rows(c)).toEqual(expect.arrayContaining([['dance', 'Tanssia'], ['park', 'Puistossa'], ['friends', 'Naapurit ja ystävät'], ['missing', 'Puuttuu vielä: Äänentoisto']]));
    expect(text).toContain('Tanssi-ilta pihalla');
    expect(headings(c).map(([h]) => h)).toEqual(['Meidän tavoite', 'Ihmiset', 'Tieto ja taidot', 'Välineet ja tarvikkeet', 'Paikat ja tilat', 'Mitä puuttuu vielä?']);
    expect(rows(c)).toContainEqual(['missing', 'Emme ole vielä sopineet tästä mitään.']);
    expect(c).toContainEqual(['list', ['Äänentoisto'], 'box']);
  });

  it('prints the goal’s own words for a question next to its picture, or with the question’s picture', () => {
    const ownWords = entry('m04-idea-storm', 'goal', 'goal', {
      ref: 'm04-idea-storm/c2',
      exerciseId: 'm04-idea-storm',
      card: { areaId: 'wishes', choices: { what: 'dance' }, fieldTexts: { what: 'lavatansseja', where: 'Kirjaston piha' }, createdAt: 1 },
    });
    const withOwnWords = [...journey.filter((e) => e.type !== 'goal'), ownWords];
    const c = calls(actionPlanDocument(groupData('m05-plan', 'm05', 'summary', withOwnWords), texts()));
    expect(rows(c)).toEqual(expect.arrayContaining([['dance', 'Tanssia: lavatansseja'], ['place', 'Kirjaston piha']]));
  });

  it('says when the goal is not chosen yet, and is not offered with neither goal nor cards', () => {
    const cardsOnly = journey.filter((e) => e.type !== 'goal');
    expect(printedText(calls(actionPlanDocument(groupData('m05-plan', 'm05', 'summary', cardsOnly), texts())))).toContain('Emme ole vielä valinneet tavoitetta.');
    expect(actionPlanDocument(groupData('m05-plan', 'm05', null, []), texts())).toBeNull();
    expect(actionPlanDocument(groupData('m05-plan', 'm05', 'section-tools'), texts())).toBeNull();
  });
});

describe('task table (meeting 8)', () => {
  it('prints each task with its skills, who does it, who helps and the support', () => {
    const c = calls(taskTableDocument(groupData('m08-tasks', 'm08'), texts()));
    expect(c[0]).toEqual(['title', 'Työnjako', 'tasks']);
    expect(headings(c)).toEqual([['Kahvitarjoilu', 'coffee'], ['Tehdään julisteet', 'tasks']]);
    expect(rows(c)).toEqual(expect.arrayContaining([['cooking', 'Keittiötaidot'], ['own-skill', 'Pöytien kantaminen'], ['help', 'Tuki: Sari avaa keittiön oven.'], ['help-each-other', 'Emme ole vielä valinneet auttajaa.']]));
    const people = c.filter(([name]) => name === 'people').map(([, list]) => (list as { name: string }[]).map((p) => p.name));
    expect(people).toEqual([['Jöns Åberg'], ['Sari Hämäläinen'], ['Anna Kärkkäinen']]);
  });

  it('is offered on the list of tasks only, once there is a task', () => {
    expect(taskTableDocument(groupData('m08-tasks', 'm08', 'who-t1'), texts())).toBeNull();
    expect(taskTableDocument(groupData('m08-tasks', 'm08', null, journey.filter((e) => e.exerciseId !== 'm08-tasks')), texts())).toBeNull();
  });
});

describe('feedback summary (meeting 9)', () => {
  it('prints the faces with counts, the pictures with counts, the visitors’ words and how many voice notes', () => {
    const c = calls(feedbackSummaryDocument(groupData('m09-feedback', 'm09'), texts()));
    expect(printedText(c)).toEqual(expect.arrayContaining(['Palaute tapahtumasta', '3 vierasta vastasi kyselyyn. Kukaan ei kertonut nimeään.', 'Tosi kivaa, kiitos! Tulen ensi kerralla.']));
    expect(rows(c)).toEqual(
      expect.arrayContaining([
        ['feel-fun', 'Kyllä: 2 ihmistä'],
        ['not-fun', 'Ei: 1 ihminen'],
        ['music', 'Musiikki: 2 ihmistä'],
        ['listen', 'Vieraat jättivät 1 ääniviestin. Kuuntele se tabletilla.'],
      ]),
    );
  });

  it('is not offered while the kiosk runs nor before anyone answered', () => {
    expect(feedbackSummaryDocument(groupData('m09-feedback', 'm09', 'kiosk-thanks'), texts())).toBeNull();
    expect(feedbackSummaryDocument(groupData('m09-feedback', 'm09', null, []), texts())).toBeNull();
  });
});

describe('certificates (meeting 10)', () => {
  it('gives every participant and peer a page of their own, with what the group and they did', () => {
    const c = calls(certificatesDocument(groupData('m10-certificate', 'm10'), texts()));
    expect(c.filter(([name]) => name === 'title')).toHaveLength(3);
    expect(c.filter(([name]) => name === 'pageBreak')).toHaveLength(2);
    const text = printedText(c);
    expect(text).toEqual(
      expect.arrayContaining([
        'Anna Kärkkäinen on ollut mukana Porukka-hautomossa ryhmässä Mäntylän porukka.',
        'Porukan kumppanit: Liisa (Kirjasto), Seurakunnan nuorisotyö',
        'Tukihenkilöt: Sari Hämäläinen',
      ]),
    );
    expect(rows(c)).toEqual(expect.arrayContaining([['tasks', 'Jöns Åberg teki: Kahvitarjoilu'], ['skills', 'Anna Kärkkäinen osaa: Musiikki']]));
    expect(c).toContainEqual(['list', ['Tanssi-ilta pihalla', 'Kahvitarjoilu', 'Tehdään julisteet']]);
    const when = rows(c).filter(([pictogram]) => pictogram === 'calendar');
    expect(when).toHaveLength(3);
    expect(when[0]).toEqual(['calendar', 'Aika ja paikka: tiistaina 1.9.2026 – maanantaina 23.11.2026, Asukastila Pääskynen']);
    expect(text).not.toContain('Sari Hämäläinen on ollut mukana Porukka-hautomossa ryhmässä Mäntylän porukka.');
  });

  it('prints the group’s own words, and one participant alone; a support worker gets none', () => {
    const own = [...journey, entry('m10-certificate', 'field', 'achievements', { value: 'Pihajuhla syyskuussa' })];
    const c = calls(certificateOfDocument('jori', groupData('m10-certificate', 'm10', null, own), texts()));
    expect(c.filter(([name]) => name === 'title')).toHaveLength(1);
    expect(c).toContainEqual(['list', ['Pihajuhla syyskuussa']]);
    expect(certificateOfDocument('sari', groupData('m10-certificate', 'm10'), texts())).toBeNull();
    expect(certificatesDocument(groupData('m10-certificate', 'm10', 'edit'), texts())).toBeNull();
  });

  it('is written in the UI language', async () => {
    await changeLanguage('sv');
    const text = printedText(calls(certificateOfDocument('anna', groupData('m10-certificate', 'm10'), texts())));
    await changeLanguage('fi');
    expect(text).toEqual(expect.arrayContaining(['Intyg', 'Anna Kärkkäinen har varit med i Porukka-hautomo i gänget Mäntylän porukka.']));
  });
});

describe('members on paper', () => {
  it('never puts a member’s photo on paper, even with photo consent (members are shown by their avatar)', () => {
    const specs = [taskTableDocument(groupData('m08-tasks', 'm08'), texts()), certificatesDocument(groupData('m10-certificate', 'm10'), texts())];
    const people = specs.flatMap((s) => calls(s).filter(([name]) => name === 'people').flatMap(([, list]) => list as { photoId?: string; avatar: string }[]));
    expect(people.length).toBeGreaterThan(3);
    for (const p of people) {
      expect(p.photoId).toBeUndefined();
      expect(p.avatar).toMatch(/^avatar-/);
    }
  });
});
