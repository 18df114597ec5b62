// Issue 13, the workbook told right: facts in the content that were once told wrong.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { meetings } from '../../src/content/meetings';
import { goodFriendStatements } from '../../src/content/statements';

type Tree = { readonly [key: string]: string | Tree };
const load = (lng: string, ns: string) => JSON.parse(readFileSync(new URL(`../../locales/${lng}/${ns}.json`, import.meta.url), 'utf8')) as Tree;
const text = (tree: Tree, key: string): string => {
  const found = key.split('.').reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);
  if (typeof found !== 'string') throw new Error(`no text ${key}`);
  return found;
};
const languages = ['fi', 'sv', 'en'] as const;
/** A statement that says "no" itself: answered "Ei", it becomes a double negative. */
const negation: Record<(typeof languages)[number], RegExp> = { fi: /\b(ei|älä|eivät)\b/i, sv: /\binte\b/i, en: /\b(not|never|no)\b|n't\b/i };

/** The paragraphs of a story (an info exercise). */
const paragraphs = (id: string) => {
  const story = meetings.flatMap((m) => m.exercises).find((e) => e.id === id)!;
  return (story.config as { paragraphs: readonly { id: string; textKey: string }[] }).paragraphs;
};

describe('the workbook told right', () => {
  it('opens every meeting with the check-in ("mitä sinulle kuuluu?"), meeting 1 too', () => {
    for (const meeting of meetings) expect(meeting.exercises[0]?.kind, meeting.id).toBe('moodCheckIn');
    expect(meetings[0]!.exercises.map((e) => e.id)).toEqual(['m01-check-in', 'm01-invitation', 'm01-what-is']);
  });

  it('meets a partner in meeting 7 right after the check-in, before agreeing on the work', () => {
    const ids = meetings[6]!.exercises.map((e) => e.id);
    expect(ids.slice(0, 3)).toEqual(['m07-check-in', 'm07-first-talk', 'm07-agreeing-tip']);
  });

  it('tells Katja’s story right: she and the support person e-mailed Matti, a special needs sports instructor', () => {
    const fi = text(load('fi', 'content'), 'exercises.m07-katja-story.email');
    expect(fi).toContain('Katja ja tukihenkilö lähettivät sähköpostia Matille');
    expect(fi).toContain('erityisliikunnan ohjaaja');
    expect(text(load('en', 'content'), 'exercises.m07-katja-story.email')).toContain('special needs sports instructor');
  });

  it('tells the stories fully enough to carry their lesson, in every language', () => {
    // Bailaava: what they did not want, the support person's help, the visit, the jobs, the cloakroom and getting home.
    expect(paragraphs('m03-story-bailaava').map((p) => p.id)).toEqual(['p1', 'not-wanted', 'support-help', 'p2', 'name', 'p3', 'p4', 'visit', 'drinks', 'p5', 'cloakroom', 'p6']);
    // The floorball team's partner picture: who does what for the team.
    expect(paragraphs('m05-story-floorball').map((p) => p.id)).toEqual(expect.arrayContaining(['picture', 'captain', 'coaches', 'club', 'equipment', 'services', 'meet']));
    // Tampere: what a residents' committee is, and that its money bought the things for the parties.
    expect(paragraphs('m09-tampere-story').map((p) => p.id)).toEqual(expect.arrayContaining(['committee', 'what-committee', 'money']));
    const fi = load('fi', 'content');
    expect(text(fi, 'exercises.m03-story-bailaava.not-wanted')).toContain('tappeluita');
    expect(text(fi, 'exercises.m03-story-bailaava.support-help')).toContain('Tukihenkilö auttoi');
    expect(text(fi, 'exercises.m03-story-bailaava.cloakroom')).toContain('kaikki pääsevät kotiin');
    expect(text(fi, 'exercises.m09-tampere-story.what-committee')).toContain('vuokranantajan');
    for (const lng of languages) {
      const tree = load(lng, 'content');
      for (const id of ['m03-story-bailaava', 'm05-story-floorball', 'm09-tampere-story']) for (const p of paragraphs(id)) expect(text(tree, p.textKey).length, `${lng} ${p.textKey}`).toBeGreaterThan(10);
    }
  });

  it("the invitation asks the workbook's question and says we have a say", () => {
    const card = 'exercises.m01-invitation.card';
    expect(text(load('fi', 'content'), `${card}.longFor`)).toBe('Kaipaatko uusia tuttuja, kavereita tai tekemistä?');
    expect(text(load('fi', 'content'), `${card}.haveASay`)).toContain('Vaikutamme');
    for (const lng of languages) for (const key of ['longFor', 'haveASay']) expect(text(load(lng, 'content'), `${card}.${key}`)).not.toBe('');
  });

  it('the cleaning board: we do the coffee, the venue’s staff does the cleaning', () => {
    expect(text(load('fi', 'content'), 'exercises.start-cleaning.options.we-do-coffee-only')).toBe('Me hoidamme kahvit, tilan työntekijä siivoaa');
    for (const lng of languages) expect(text(load(lng, 'content'), 'exercises.start-cleaning.options.we-do-coffee-only')).not.toMatch(/\b(vain|bara|only)\b/i);
  });

  it('says "voi" (can) where the workbook does, and no statement the group may answer "Ei" is itself a negation', () => {
    const fi = load('fi', 'content');
    expect(text(fi, 'statements.never-disagree')).toBe('Kaverin kanssa voi olla vain samaa mieltä.');
    expect(text(fi, 'statementOpposites.never-disagree')).toBe('Kaverin kanssa voi olla eri mieltä.');
    for (const lng of languages) {
      const content = load(lng, 'content');
      for (const statement of goodFriendStatements) expect(text(content, statement.textKey), `${lng} ${statement.id}`).not.toMatch(negation[lng]);
      expect(JSON.stringify(content)).not.toMatch(/ei saa olla eri mieltä|får inte tycka|must not disagree/i);
    }
  });

  it('the certificate help no longer promises a paper certificate later, and the unused m03-scary-places text is gone', () => {
    for (const lng of languages) {
      expect(text(load(lng, 'help'), 'exercise.certificate')).not.toMatch(/myöhemmin|senare|later/i);
      expect(JSON.stringify(load(lng, 'content'))).not.toContain('m03-scary-places');
    }
  });

  it('offers the workbook’s partner examples in meeting 6 as pictures, beside the kinds of partners', () => {
    const ideas = meetings[5]!.exercises.find((e) => e.id === 'm06-partner-ideas');
    if (ideas?.kind !== 'choiceBoard') throw new Error('m06-partner-ideas is a choice board');
    const fi = load('fi', 'content');
    const words = ideas.config.options.map((o) => text(fi, o.textKey));
    for (const example of ['Osallisuuskoordinaattori', 'Nuorisotyöntekijä', 'Mielenterveysseura', 'Kansanopisto tai työväenopisto', 'Liikunnanohjaaja', 'Asukasyhdistys'])
      expect(words).toContain(example);
    expect(ideas.config.options.slice(0, 5).map((o) => o.id)).toEqual(['city-workers', 'associations', 'parishes', 'businesses', 'schools']);
  });

  it('asks in meeting 3 how each of us gets to the places, with pictures (on foot, bus, taxi, with someone)', () => {
    const bank = meetings[2]!.exercises.find((e) => e.id === 'm03-idea-bank');
    if (bank?.kind !== 'canvas') throw new Error('m03-idea-bank is a canvas');
    const section = bank.config.sections.find((s) => s.id === 'getting-there');
    expect(section?.questions.map((q) => q.id)).toEqual(['how', 'help']);
    expect(section?.suggestions?.map((s) => s.pictogram)).toEqual(['walk', 'bus', 'taxi', 'friends', 'role-support', 'phone-app']);
    expect(text(load('fi', 'content'), 'exercises.m03-idea-bank.intro')).toContain(`${bank.config.sections.length} aihetta`);
  });

  it('tells others in meeting 8 (what to tell, paper for those not online, partners pass it on), offers the big paper in meeting 9, and asks how we go on in meeting 10', () => {
    const fi = load('fi', 'content');
    const telling = meetings[7]!.exercises.find((e) => e.id === 'm08-telling-others');
    if (telling?.kind !== 'choiceBoard') throw new Error('m08-telling-others is a choice board');
    expect(telling.config.info?.map((i) => text(fi, i.textKey))).toEqual(['Kerromme, mitä tapahtuu, missä ja kenen kanssa.', 'Paperinen mainos tavoittaa myös ne, jotka eivät käytä nettiä.']);
    expect(telling.config.options.map((o) => o.id)).toEqual(['social-media', 'press', 'posters', 'partners-share']);
    expect(text(fi, 'exercises.m09-feedback.intro')).toContain('isolle paperille');
    const ids = meetings[9]!.exercises.map((e) => e.id);
    expect(ids.indexOf('m10-way-on')).toBe(ids.indexOf('m10-closing') - 1);
    const wayOn = meetings[9]!.exercises.find((e) => e.id === 'm10-way-on');
    if (wayOn?.kind !== 'choiceBoard') throw new Error('m10-way-on is a choice board');
    expect(wayOn.config.options.map((o) => text(fi, o.textKey))).toContain('Kutsumme uusia ihmisiä mukaan');
  });
});
