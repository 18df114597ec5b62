import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/domain/records';
import {
  addDotWrite,
  boardCards,
  boardProgress,
  boardSteps,
  cardRows,
  cardSchema,
  cardSummary,
  dotsByPerson,
  dotsLeft,
  goalChosenBy,
  goalSchema,
  goalWrite,
  hasContent,
  leaders,
  newCardWrite,
  pileWrite,
  piles,
  readGoal,
  removeDotWrite,
  scores,
  takeOffWrite,
  tidyCard,
  unpileWrites,
  type BoardCard,
} from '../../src/kinds/cardBoard/model';
import { findExercise } from '../../src/content/lookup';
import type { ExerciseOf } from '../../src/content/types';
import type { AnswerWrite } from '../../src/kinds/types';
import * as v from 'valibot';
import { entry } from './fixtures';

const storm = findExercise('m04-idea-storm')!.exercise as ExerciseOf<'cardBoard'>;
const badPlaces = findExercise('m03-bad-places')!.exercise as ExerciseOf<'cardBoard'>;

/** A little store: applies writes like the database does (one record per type + key). */
function board(exerciseId = 'm04-idea-storm', startTime = 100) {
  let entries: Entry[] = [];
  let t = startTime;
  const apply = (...writes: (AnswerWrite | null)[]) => {
    for (const w of writes) {
      if (!w) continue;
      entries = [...entries.filter((e) => !(e.type === w.type && e.key === w.key)), { ...entry(exerciseId, w.type, w.key, w.data) }];
    }
  };
  const add = (text: string, areaId = 'wishes') => {
    apply(newCardWrite({ areaId, text }, (t += 1)));
    return entries.at(-1)!.key;
  };
  return { apply, add, get entries() { return entries; } };
}

const cardsOf = (b: ReturnType<typeof board>, sources: Entry[] = []) => boardCards(b.entries, sources, storm.config.importAreas);
const byText = (cards: BoardCard[], text: string) => cards.find((c) => c.text === text)!;

describe('card board: cards', () => {
  it('adds cards and removes them; cards of an earlier meeting come in from the named areas only', () => {
    const m03 = board('m03-bad-places', 0);
    m03.add('Pimeä puisto', 'bad-places');
    m03.add('Valoa puistoon', 'change-wishes');
    m03.add('Yhteiset juhlat', 'wishes');
    const b = board();
    b.add('Tanssi-ilta');
    const cards = cardsOf(b, m03.entries);
    expect(cards.map((c) => [c.text, c.isFromEarlier])).toEqual([
      ['Valoa puistoon', true],
      ['Yhteiset juhlat', true],
      ['Tanssi-ilta', false],
    ]);
    // An earlier card is only taken off this board (meeting 3 keeps it), and can come back.
    const earlier = byText(cards, 'Valoa puistoon');
    b.apply(takeOffWrite(earlier));
    expect(cardsOf(b, m03.entries).map((c) => c.text)).toEqual(['Yhteiset juhlat', 'Tanssi-ilta']);
    b.apply({ type: 'hidden', key: earlier.ref, data: { hidden: false } });
    expect(cardsOf(b, m03.entries)).toHaveLength(3);
    expect(takeOffWrite(byText(cards, 'Tanssi-ilta'))).toBeNull();
  });

  it('goes step by step only where the board needs it', () => {
    expect(boardSteps(storm.config)).toEqual(['cards', 'piles', 'talk', 'vote', 'result']);
    expect(boardSteps(badPlaces.config)).toEqual(['cards']);
  });
});

describe('card board: piles', () => {
  it('puts similar cards in one pile by tapping one and then the other, and takes a card out again', () => {
    const b = board();
    ['Tanssi', 'Disko', 'Karaoke', 'Retki'].forEach((text) => b.add(text));
    const c = () => cardsOf(b);
    b.apply(pileWrite(byText(c(), 'Disko'), byText(c(), 'Tanssi'), b.entries, c()));
    b.apply(pileWrite(byText(c(), 'Karaoke'), byText(c(), 'Disko'), b.entries, c()));
    expect(piles(c(), b.entries).map((p) => [p.top.text, p.rest.map((r) => r.text)])).toEqual([
      ['Tanssi', ['Disko', 'Karaoke']],
      ['Retki', []],
    ]);
    // Piling a card onto its own pile changes nothing.
    expect(pileWrite(byText(c(), 'Karaoke'), byText(c(), 'Tanssi'), b.entries, c())).toBeNull();
    // The top card leaves: the next card becomes the top and the pile stays together.
    b.apply(...unpileWrites(byText(c(), 'Tanssi'), b.entries, c()));
    expect(piles(c(), b.entries).map((p) => [p.top.text, p.rest.map((r) => r.text)])).toEqual([
      ['Tanssi', []],
      ['Disko', ['Karaoke']],
      ['Retki', []],
    ]);
  });

  it('never loops, even when two tablets piled two cards onto each other', () => {
    const b = board();
    const a = b.add('A');
    const z = b.add('B');
    b.apply({ type: 'pile', key: `m04-idea-storm/${a}`, data: { under: `m04-idea-storm/${z}` } });
    b.apply({ type: 'pile', key: `m04-idea-storm/${z}`, data: { under: `m04-idea-storm/${a}` } });
    const list = piles(cardsOf(b), b.entries);
    expect(list.flatMap((p) => [p.top, ...p.rest]).map((x) => x.text).sort()).toEqual(['A', 'B']);
  });
});

describe('card board: dot vote and goal', () => {
  it('gives each member their dots, counts a dot on any card of a pile for the pile, and finds the winner', () => {
    const b = board();
    ['Tanssi', 'Disko', 'Retki'].forEach((text) => b.add(text));
    const c = () => cardsOf(b);
    b.apply(pileWrite(byText(c(), 'Disko'), byText(c(), 'Tanssi'), b.entries, c()));
    const slots = (person: string) => dotsByPerson(b.entries, 3).get(person);
    const dot = (person: string, text: string) => b.apply(addDotWrite(person, slots(person), 3, byText(c(), text).ref));
    dot('anna', 'Tanssi');
    dot('anna', 'Disko');
    dot('anna', 'Retki');
    expect(dotsLeft(slots('anna'), 3)).toBe(0);
    expect(addDotWrite('anna', slots('anna'), 3, byText(c(), 'Retki').ref)).toBeNull();
    dot('ben', 'Retki');
    dot('gone', 'Retki');
    const ranked = scores(piles(c(), b.entries), b.entries, 3, ['anna', 'ben']);
    expect(ranked.map((s) => [s.pile.top.text, s.dots])).toEqual([['Tanssi', 2], ['Retki', 2]]);
    expect(leaders(ranked)).toHaveLength(2);
    // Anna takes a dot back from the dance pile: now the trip wins.
    const dancePile = new Set([byText(c(), 'Tanssi').ref, byText(c(), 'Disko').ref]);
    b.apply(removeDotWrite('anna', slots('anna'), (ref) => dancePile.has(ref)));
    const after = leaders(scores(piles(c(), b.entries), b.entries, 3, ['anna', 'ben']));
    expect(after.map((s) => s.pile.top.text)).toEqual(['Retki']);
    expect(dotsLeft(slots('anna'), 3)).toBe(1);
  });

  it('keeps the goal as the card was when chosen, and reads it from a later exercise', () => {
    const b = board();
    b.add('Tanssi-ilta');
    expect(boardProgress(storm.config, b.entries)).toBe('started');
    const card = byText(cardsOf(b), 'Tanssi-ilta');
    b.apply(goalWrite(card, 'm04-idea-storm'));
    expect(boardProgress(storm.config, b.entries)).toBe('done');
    b.apply({ type: 'card', key: card.key, data: { areaId: 'wishes', text: 'Muutettu', createdAt: 1 } });
    expect(readGoal(b.entries)).toMatchObject({ ref: card.ref, exerciseId: 'm04-idea-storm', card: { text: 'Tanssi-ilta' } });
    expect(readGoal([])).toBeNull();
  });

  it('remembers whether the goal was chosen by talking or by vote (older goals were chosen by vote)', () => {
    const b = board();
    b.add('Bingo');
    const card = byText(cardsOf(b), 'Bingo');
    b.apply(goalWrite(card, 'm04-idea-storm', 'talk'));
    expect(goalChosenBy(readGoal(b.entries)!)).toBe('talk');
    b.apply(goalWrite(card, 'm04-idea-storm'));
    expect(goalChosenBy(readGoal(b.entries)!)).toBe('vote');
    const older = { ref: 'm04-idea-storm/c1', exerciseId: 'm04-idea-storm', card: { areaId: 'wishes', text: 'Bingo', createdAt: 1 } };
    expect(v.is(goalSchema, older)).toBe(true);
    expect(goalChosenBy(v.parse(goalSchema, older))).toBe('vote');
    expect(v.is(goalSchema, { ...older, chosenBy: 'dice' })).toBe(false);
  });
});

describe('card board: a wish card’s own words per question', () => {
  const words: Record<string, string> = { 'exercises.m04-idea-storm.fields.what.choices.dance': 'Tanssia', 'exercises.m04-idea-storm.fields.why.choices.fun': 'Se on kivaa' };
  const tContent = (key: string) => words[key] ?? key;

  it('keeps own words for what, where, with whom and why, trimmed, and leaves out empty ones', () => {
    const card = tidyCard({ areaId: 'wishes', text: '  ', choices: { what: 'dance' }, fieldTexts: { where: ' Mummolan pihalla ', 'with-whom': '  ', why: '' } });
    expect(card).toEqual({ areaId: 'wishes', choices: { what: 'dance' }, fieldTexts: { where: 'Mummolan pihalla' } });
    expect(hasContent({ areaId: 'wishes', fieldTexts: { why: 'Kivaa' } })).toBe(true);
    expect(hasContent({ areaId: 'wishes', fieldTexts: { why: '   ' } })).toBe(false);
  });

  it('validates old cards without own words and new ones with them, and refuses too long words', () => {
    expect(v.is(cardSchema, { areaId: 'wishes', text: 'Tanssi-ilta', choices: { what: 'dance' }, createdAt: 1 })).toBe(true);
    expect(v.is(cardSchema, { areaId: 'wishes', fieldTexts: { where: 'Pihalla' }, createdAt: 1 })).toBe(true);
    expect(v.is(cardSchema, { areaId: 'wishes', fieldTexts: { where: 'x'.repeat(101) }, createdAt: 1 })).toBe(false);
  });

  it('puts a card into words in the order of the questions, the same words its face shows', () => {
    const card = { choices: { what: 'dance', why: 'fun' }, fieldTexts: { where: 'Pihalla', what: 'Tango' }, text: 'Kesällä' };
    expect(cardRows(card, storm.config.fields).map((r) => [r.field.id, r.choice?.id, r.words])).toEqual([
      ['what', 'dance', 'Tango'],
      ['where', undefined, 'Pihalla'],
      ['why', 'fun', undefined],
    ]);
    expect(cardSummary(card, storm.config.fields, tContent)).toBe('Tanssia, Tango, Pihalla, Se on kivaa, Kesällä');
    expect(cardSummary({ text: 'Disko' }, storm.config.fields, tContent)).toBe('Disko');
  });

  it('takes a voice note as the answer to a question, alone or with a picture', () => {
    const card = { choices: { what: 'dance' }, fieldVoices: { what: 'voice-1', why: 'voice-2' } };
    expect(cardRows(card, storm.config.fields).map((r) => [r.field.id, r.choice?.id, r.voiceId])).toEqual([
      ['what', 'dance', 'voice-1'],
      ['why', undefined, 'voice-2'],
    ]);
    expect(hasContent({ areaId: 'wishes', fieldVoices: { where: 'voice-3' } })).toBe(true);
    expect(v.is(cardSchema, { areaId: 'wishes', fieldVoices: { where: 'voice-3' }, createdAt: 1 })).toBe(true);
    expect(v.is(cardSchema, { areaId: 'wishes', fieldVoices: { where: 3 }, createdAt: 1 })).toBe(false);
  });

  it('keeps the own words on the goal', () => {
    const b = board();
    b.apply(newCardWrite({ areaId: 'wishes', fieldTexts: { what: 'Bingo' } }, 5));
    b.apply(goalWrite(cardsOf(b)[0]!, 'm04-idea-storm'));
    expect(readGoal(b.entries)?.card.fieldTexts).toEqual({ what: 'Bingo' });
  });
});
