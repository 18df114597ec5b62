import { describe, expect, it } from 'vitest';
import { findExercise } from '../../src/content/lookup';
import type { ExerciseOf } from '../../src/content/types';
import type { Entry } from '../../src/domain/records';
import { canvasCards, canvasProgress, newCardWrite as canvasCardWrite, suggestionCard, suggestionWrite, toggleMissingWrite, visitWrite } from '../../src/kinds/canvas/model';
import { drawnCards, drawnWrite, nextCard } from '../../src/kinds/cardDeck/model';
import { chosenOptions, choiceProgress, ownOptions, ownOptionWrite, toggleChoiceWrite } from '../../src/kinds/choiceBoard/model';
import { answerCards, newAnswerWrite } from '../../src/kinds/fieldNotes/model';
import { changedFields, formProgress, formValues, supportPersonNames } from '../../src/kinds/form/model';
import { moodsByPerson, moodSummary, moodWrite } from '../../src/kinds/moodCheckIn/model';
import { hasContent, removeMediaWrites, storiesByPerson, storyWrite } from '../../src/kinds/photoStory/model';
import type { AnswerWrite } from '../../src/kinds/types';
import { entry, person } from './fixtures';

/** Applies writes the way storage does: one record per type + key, the last write wins. */
function saved(exerciseId: string, ...writes: (AnswerWrite | null)[]): Entry[] {
  const byId = new Map<string, Entry>();
  for (const w of writes) if (w) byId.set(`${w.type}/${w.key}`, entry(exerciseId, w.type, w.key, w.data));
  return [...byId.values()];
}

describe('mood check-in', () => {
  const checkIn = findExercise('m02-check-in')!.exercise as ExerciseOf<'moodCheckIn'>;
  it('keeps one mood per member, the last one picked, and sums the round up', () => {
    const entries = saved('m02-check-in', moodWrite('anna', 'tired'), moodWrite('ben', 'good'), moodWrite('anna', 'good'), moodWrite('gone', 'sad'));
    expect(moodsByPerson(entries).get('anna')).toBe('good');
    const summary = moodSummary(checkIn.config.options, entries, ['anna', 'ben']);
    expect(summary.map((s) => [s.option.id, s.personIds])).toEqual([['good', ['anna', 'ben']]]);
  });
});

describe('small-talk deck', () => {
  const deck = findExercise('m02-small-talk')!.exercise as ExerciseOf<'cardDeck'>;
  const cards = deck.config.cards;
  it('draws a card not drawn yet, then any card but the one on the table', () => {
    const drawn = new Set(cards.slice(0, -1).map((c) => c.id));
    expect(nextCard(cards, drawn, null, () => 0)?.id).toBe(cards.at(-1)!.id);
    const all = new Set(cards.map((c) => c.id));
    for (let i = 0; i < 20; i += 1) expect(nextCard(cards, all, 'place', () => i / 20)?.id).not.toBe('place');
    expect([...drawnCards(saved('m02-small-talk', drawnWrite('news'), drawnWrite('news')))]).toEqual(['news']);
  });
});

describe('photo story', () => {
  it('changes one part of a member’s story at a time and drops empty words', () => {
    const first = storyWrite('anna', undefined, { photoId: 'photo-1' });
    const story = storiesByPerson(saved('m02-keys', first)).get('anna');
    const second = storyWrite('anna', story, { text: '  Avain kotiin.  ' });
    expect(second.data).toEqual({ photoId: 'photo-1', text: 'Avain kotiin.' });
    expect(storyWrite('anna', { photoId: 'p', text: 'x' }, { text: ' ' }).data).toEqual({ photoId: 'p' });
    expect(hasContent(undefined)).toBe(false);
    expect(hasContent({ voiceId: 'v' })).toBe(true);
  });

  it('takes out a member’s photo or voice note, and the undo puts the story back as it was', () => {
    const story = { photoId: 'photo-1', voiceId: 'voice-1', text: 'Avain kotiin.' };
    const photo = removeMediaWrites('anna', story, 'photoId')!;
    expect(photo.write).toEqual({ type: 'story', key: 'anna', data: { voiceId: 'voice-1', text: 'Avain kotiin.' } });
    expect(photo.undo).toEqual({ type: 'story', key: 'anna', data: story });
    expect(removeMediaWrites('anna', story, 'voiceId')!.write.data).toEqual({ photoId: 'photo-1', text: 'Avain kotiin.' });
    expect(removeMediaWrites('anna', { text: 'x' }, 'photoId')).toBeNull();
    expect(removeMediaWrites('anna', undefined, 'voiceId')).toBeNull();
  });
});

describe('field notes', () => {
  it('keeps a passer-by’s answers as one card, newest first, and nothing for an empty form', () => {
    expect(newAnswerWrite({ where: { text: '  ' } })).toBeNull();
    const first = newAnswerWrite({ where: { text: 'Kirjastossa' }, what: { voiceId: 'v1' } }, 1000)!;
    const second = newAnswerWrite({ where: { text: ' Puistossa ' } }, 2000)!;
    const cards = answerCards(saved('m03-city-lift', first, second));
    expect(cards.map((c) => c.replies)).toEqual([{ where: { text: 'Puistossa' } }, { where: { text: 'Kirjastossa' }, what: { voiceId: 'v1' } }]);
  });
});

describe('choice board', () => {
  it('toggles options and keeps the group’s own options in order', () => {
    const on = toggleChoiceWrite('parishes', false);
    const own = ownOptionWrite(' Naapuruston kahvila ', 5)!;
    expect(ownOptionWrite('   ')).toBeNull();
    let entries = saved('m06-partner-ideas', on, own);
    expect([...chosenOptions(entries)]).toEqual(['parishes']);
    expect(ownOptions(entries).map((o) => o.text)).toEqual(['Naapuruston kahvila']);
    expect(choiceProgress(entries)).toBe('done');
    entries = saved('m06-partner-ideas', on, toggleChoiceWrite('parishes', true));
    expect(chosenOptions(entries).size).toBe(0);
  });
});

describe('form (invitation)', () => {
  const invitation = findExercise('m01-invitation')!.exercise as ExerciseOf<'form'>;
  it('saves only the fields that changed, and is done when all are filled', () => {
    const before = formValues(saved('m01-invitation', { type: 'field', key: 'place', data: { value: 'Kirjasto' } }));
    const writes = changedFields(before, { day: '2026-12-01', time: '13:00', place: 'Kirjasto', names: '' });
    expect(writes.map((w) => w.key)).toEqual(['day', 'time']);
    expect(formProgress(invitation.config, saved('m01-invitation', ...writes))).toBe('started');
    const all = changedFields({}, { day: '2026-12-01', time: '13:00', place: 'Kirjasto', names: 'Tiina ja Olli' });
    expect(formProgress(invitation.config, saved('m01-invitation', ...all))).toBe('done');
  });

  it('offers the names of the group’s support persons', () => {
    const members = [person('a', { name: 'Anna' }), person('t', { name: 'Tiina', role: 'support' }), person('o', { name: 'Olli', role: 'peer' })];
    expect(supportPersonNames(members)).toEqual(['Tiina', 'Olli']);
  });
});

describe('canvas (idea bank, action plan)', () => {
  const plan = findExercise('m05-plan')!.exercise as ExerciseOf<'canvas'>;
  it('adds cards under questions and picture suggestions, marks what is missing, and is done when every section is visited', () => {
    const card = canvasCardWrite('people', 'known', { text: 'Naapurit' }, 1);
    const suggestion = suggestionWrite('places', 'library', 2);
    let entries = saved('m05-plan', card, suggestion, visitWrite('people'));
    const [first] = canvasCards(entries);
    expect(first).toMatchObject({ sectionId: 'people', questionId: 'known', text: 'Naapurit' });
    expect(suggestionCard(canvasCards(entries), 'places', 'library')).toBeDefined();
    entries = saved('m05-plan', card, suggestion, toggleMissingWrite(first!));
    expect(canvasCards(entries).find((c) => c.text === 'Naapurit')?.missing).toBe(true);
    expect(canvasProgress(plan.config, entries)).toBe('started');
    const visits = plan.config.sections.map((s) => visitWrite(s.id));
    expect(canvasProgress(plan.config, saved('m05-plan', ...visits))).toBe('done');
    expect(canvasProgress(plan.config, [])).toBe('not-started');
  });
});
