// Meetings 6–7: the elevator pitch from the goal and plan, agreements per partner, partner ideas and moving cards.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { partnerDraftFrom } from '../../src/app/partners/partnerIdea';
import { href, parseRoute } from '../../src/app/router';
import { findExercise } from '../../src/content/lookup';
import type { ExerciseOf } from '../../src/content/types';
import { partnersExerciseId } from '../../src/domain/partners';
import { agreementProgress, agreementSchema, agreementWrite, emptyAgreement, partnerAgreements, toggleDoer, withoutTask, withTask } from '../../src/kinds/agreement/model';
import { boardCards, moveWrite, partnerCardText } from '../../src/kinds/cardBoard/cards';
import { ownOptionWrite, optionWords } from '../../src/kinds/choiceBoard/model';
import { pitchAnswers, pitchAnswerWrite, pitchProgress } from '../../src/kinds/pitchBuilder/model';
import { pitchFacts, suggestedAnswer, type Phrasing } from '../../src/kinds/pitchBuilder/suggestions';
import { entry } from './fixtures';

const pitch = findExercise('m06-pitch')!.exercise as ExerciseOf<'pitchBuilder'>;
const words: Record<string, string> = {
  'exercises.m04-idea-storm.fields.what.choices.dance': 'Tanssia',
  'exercises.m04-idea-storm.fields.where.choices.park': 'Puistossa',
  'exercises.m04-idea-storm.fields.why.choices.fun': 'Se on kivaa',
};
const phrasing: Phrasing = { sentence: (key, value) => `${key}|${value}`, content: (key) => words[key] ?? key, list: (items) => items.join(' & ') };

const goal = entry('m04-idea-storm', 'goal', 'goal', {
  ref: 'm04-idea-storm/c1',
  exerciseId: 'm04-idea-storm',
  card: { areaId: 'wishes', text: 'Tanssi-ilta kaikille!', choices: { what: 'dance', where: 'park', why: 'fun' }, createdAt: 1 },
});
const planCard = (key: string, data: object) => entry('m05-plan', 'card', key, { sectionId: 'tools', questionId: 'need', createdAt: 2, ...data });
const suggestion = (id: string, sources = [goal]) =>
  suggestedAnswer(pitch.config.questions.find((q) => q.id === id)!.suggestion, pitchFacts(['Anna', 'Ben'], sources), phrasing);

describe('elevator pitch suggestions', () => {
  it('says who we are from the members, what we want from the goal card, and why from its "why" answer', () => {
    expect(suggestion('who')).toBe('pitch.suggest.members|Anna & Ben');
    expect(suggestion('what')).toBe('pitch.suggest.goal|Tanssi-ilta kaikille. Tanssia. Puistossa');
    expect(suggestion('why')).toBe('pitch.suggest.why|Se on kivaa');
  });

  it('uses the goal card’s own words for a question as well as its pictures', () => {
    const ownWords = entry('m04-idea-storm', 'goal', 'goal', {
      ref: 'm04-idea-storm/c2',
      exerciseId: 'm04-idea-storm',
      card: { areaId: 'wishes', choices: { what: 'dance' }, fieldTexts: { where: 'Kirjaston pihalla', why: 'Kaikki pääsevät mukaan' }, createdAt: 1 },
    });
    expect(suggestion('what', [ownWords])).toBe('pitch.suggest.goal|Tanssia. Kirjaston pihalla');
    expect(suggestion('why', [ownWords])).toBe('pitch.suggest.why|Kaikki pääsevät mukaan');
  });

  it('asks for help with what the plan marks as still missing (not what the group has, not voice-only cards)', () => {
    const sources = [
      goal,
      planCard('k1', { text: 'Kaiutin', missing: true }),
      planCard('k2', { text: 'Pöytä', missing: false }),
      planCard('k3', { voiceId: 'voice-1', missing: true }),
      planCard('k4', { sectionId: 'places', questionId: 'wish', text: 'Iso sali', missing: true }),
      entry('m04-idea-storm', 'card', 'c1', { areaId: 'wishes', text: 'Disko', createdAt: 1 }),
    ];
    expect(suggestion('help', sources)).toBe('pitch.suggest.missing|Kaiutin & Iso sali');
  });

  it('suggests nothing where the earlier exercises have nothing', () => {
    expect(suggestion('what', [])).toBeNull();
    expect(suggestion('why', [])).toBeNull();
    expect(suggestion('help', [goal])).toBeNull();
    expect(suggestedAnswer('members', pitchFacts([], []), phrasing)).toBeNull();
  });
});

describe('elevator pitch answers', () => {
  it('keeps one answer per question; a new text keeps the voice note, an empty text leaves only the voice', () => {
    const voice = pitchAnswerWrite('who', undefined, { voiceId: 'voice-1' });
    expect(voice).toEqual({ type: 'answer', key: 'who', data: { voiceId: 'voice-1' } });
    const both = pitchAnswerWrite('who', { voiceId: 'voice-1' }, { text: '  Me olemme porukka.  ' });
    expect(both.data).toEqual({ voiceId: 'voice-1', text: 'Me olemme porukka.' });
    expect(pitchAnswerWrite('who', { voiceId: 'voice-1', text: 'x' }, { text: ' ' }).data).toEqual({ voiceId: 'voice-1' });
  });

  it('is started with some answers and done when every question has one', () => {
    expect(pitchProgress(pitch.config, [])).toBe('not-started');
    const some = [entry('m06-pitch', 'answer', 'who', { text: 'Me' })];
    expect(pitchProgress(pitch.config, some)).toBe('started');
    const all = pitch.config.questions.map((q) => entry('m06-pitch', 'answer', q.id, { voiceId: `v-${q.id}` }));
    expect(pitchProgress(pitch.config, all)).toBe('done');
    expect(pitchAnswers([entry('m06-pitch', 'answer', 'who', { text: 42 })]).size).toBe(0);
  });
});

const partner = (key: string, name: string, createdAt: number) =>
  entry(partnersExerciseId, 'partner', key, { name, organisation: 'Kirjasto', offers: '', phone: '', email: '', ways: [], meetingIds: [], tasks: '', createdAt });

describe('agreements with partners', () => {
  it('keeps one agreement per partner, under the partner’s key', () => {
    const liisa = withTask({ ...emptyAgreement(), where: ' Kerhohuone ' }, 'Kahvi');
    const write = agreementWrite('pa1', liisa);
    expect(write).toMatchObject({ type: 'agreement', key: 'pa1', data: { where: 'Kerhohuone', tasks: [{ text: 'Kahvi', memberIds: [], byPartner: false }] } });
    expect(v.is(agreementSchema, write.data)).toBe(true);
    const entries = [entry('m07-agreement', write.type, write.key, write.data)];
    const list = partnerAgreements([partner('pa2', 'Matti', 2), partner('pa1', 'Liisa', 1)], entries);
    expect(list.map((p) => [p.partner.name, p.agreement?.where])).toEqual([['Liisa', 'Kerhohuone'], ['Matti', undefined]]);
    expect(agreementProgress(entries)).toBe('done');
    expect(agreementProgress([])).toBe('not-started');
  });

  it('marks who does a task: members and/or the partner, tapped on and off', () => {
    const start = withTask(emptyAgreement(), 'Tuolit');
    const taskId = start.tasks[0]!.id;
    let next = toggleDoer(toggleDoer(toggleDoer(start, taskId, 'anna'), taskId, 'partner'), taskId, 'ben');
    expect(next.tasks[0]).toMatchObject({ memberIds: ['anna', 'ben'], byPartner: true });
    next = toggleDoer(next, taskId, 'anna');
    expect(next.tasks[0]?.memberIds).toEqual(['ben']);
    expect(withTask(next, '   ').tasks).toHaveLength(1);
    expect(withoutTask(next, taskId).tasks).toEqual([]);
  });

  it('rejects a task without words and money that is not yes, no or open', () => {
    const bad = { ...emptyAgreement(), tasks: [{ id: 't', text: ' ', memberIds: [], byPartner: false }] };
    expect(v.is(agreementSchema, bad)).toBe(false);
    expect(v.is(agreementSchema, { ...emptyAgreement(), money: { isNeeded: 'maybe', amount: '', source: '' } })).toBe(false);
  });
});

const tContent = (key: string) => (key.endsWith('parishes') ? 'Seurakunnat' : key);

describe('partner ideas and the partner board', () => {
  const ideas = findExercise('m06-partner-ideas')!.exercise as ExerciseOf<'choiceBoard'>;

  it('opens the new-partner form from a chosen option, and reads the address back', () => {
    const route = { name: 'newPartner', groupId: 'g1', from: { exerciseId: 'm06-partner-ideas', key: 'parishes' } } as const;
    expect(href(route)).toBe('#/g/g1/partners/new/m06-partner-ideas/parishes');
    expect(parseRoute(href(route))).toEqual(route);
    expect(parseRoute('#/g/g1/partners/new/m06-partner-ideas')).toEqual({ name: 'notFound' });
    expect(parseRoute('#/g/g1/partners/new/a/b/c')).toEqual({ name: 'notFound' });
  });

  it('fills the form from a picture option’s words or an own option’s text', () => {
    const own = ownOptionWrite('Kulmakahvila')!;
    const entries = [entry(ideas.id, own.type, own.key, own.data)];
    expect(ideas.config.addsToPartnerList).toBe(true);
    expect(optionWords(ideas.config, entries, 'parishes')).toEqual({ textKey: 'exercises.m06-partner-ideas.options.parishes' });
    expect(optionWords(ideas.config, entries, own.key)).toEqual({ text: 'Kulmakahvila' });
    expect(optionWords(ideas.config, entries, 'nope')).toBeNull();
    expect(partnerDraftFrom({ exerciseId: ideas.id, key: 'parishes' }, entries, tContent)).toEqual({ organisation: 'Seurakunnat' });
    expect(partnerDraftFrom({ exerciseId: ideas.id, key: own.key }, entries, tContent)).toEqual({ name: 'Kulmakahvila' });
    expect(partnerDraftFrom({ exerciseId: 'm06-pitch', key: 'who' }, entries, tContent)).toEqual({});
    expect(partnerDraftFrom(undefined, entries, tContent)).toEqual({});
  });

  it('moves the board’s own cards between areas, never an earlier exercise’s card', () => {
    const own = entry('m06-known-partners', 'card', 'c1', { areaId: 'known', text: 'Liisa (Kirjasto)', createdAt: 1 });
    const earlier = entry('m05-x', 'card', 'c2', { areaId: 'wishes', text: 'Vanha', createdAt: 0 });
    const [old, card] = boardCards([own], [earlier], ['wishes']);
    expect(moveWrite(card!, 'want-to-know')).toEqual({ type: 'card', key: 'c1', data: { areaId: 'want-to-know', text: 'Liisa (Kirjasto)', createdAt: 1 } });
    expect(moveWrite(card!, 'known')).toBeNull();
    expect(moveWrite(old!, 'known')).toBeNull();
    expect(partnerCardText({ name: 'Liisa', organisation: ' Kirjasto ' })).toBe('Liisa (Kirjasto)');
    expect(partnerCardText({ name: 'Matti', organisation: '' })).toBe('Matti');
  });
});
