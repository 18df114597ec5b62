import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { findExercise } from '../../src/content/lookup';
import type { ExerciseOf } from '../../src/content/types';
import {
  helperRows,
  newHelperWrites,
  newNoteWrite,
  newSituationWrite,
  noteSchema,
  notesOf,
  situationPhotoWrite,
  situationProgress,
  situations,
  situationSchema,
  toggleHelperWrite,
  type Situation,
} from '../../src/kinds/situationCards/model';
import type { AnswerWrite } from '../../src/kinds/types';
import { entry } from './fixtures';

const exercise = findExercise('m08-own-shoes')!.exercise as ExerciseOf<'situationCards'>;
const config = exercise.config;
const saved = (...writes: AnswerWrite[]) => writes.map((w) => entry(exercise.id, w.type, w.key, w.data));

describe('Näyttelemme tilanteita (situation cards)', () => {
  it('has the workbook’s tasks before, during and after as ready cards, and a list of what helps', () => {
    expect(config.situations.map((s) => s.id)).toEqual(['invitations', 'program', 'supplies', 'guiding', 'leading', 'coffee', 'photos', 'tidying']);
    expect(config.helpers.length).toBeGreaterThanOrEqual(5);
    expect(config.talk.length).toBeGreaterThan(0);
  });

  it('shows the ready cards first, then the group’s own in the order they were made', () => {
    const later = newSituationWrite({ text: ' Avaamme oven ' }, 20);
    const earlier = newSituationWrite({ voiceId: 'voice-1' }, 10);
    const empty = { type: 'situation', key: 'empty', data: { createdAt: 5 } };
    const cards = situations(config, saved(later, earlier, empty));
    expect(cards.slice(0, config.situations.length).every((c) => !c.isOwn)).toBe(true);
    const own = cards.slice(config.situations.length);
    expect(own.map((c) => c.id)).toEqual([earlier.key, later.key]);
    expect(own[1]).toMatchObject({ isOwn: true, text: 'Avaamme oven' });
  });

  it('adds a photo to an own card and keeps its words', () => {
    const write = newSituationWrite({ text: 'Avaamme oven' }, 1);
    const card = situations(config, saved(write)).find((c) => c.id === write.key) as Extract<Situation, { isOwn: true }>;
    const withPhoto = situationPhotoWrite(card, 'photo-1');
    expect(withPhoto).toEqual({ type: 'situation', key: write.key, data: { text: 'Avaamme oven', photoId: 'photo-1', createdAt: 1 } });
    expect(v.is(situationSchema, withPhoto.data)).toBe(true);
  });

  it('keeps each card’s notes on their own side, oldest first', () => {
    const wrong1 = newNoteWrite('coffee', 'wrong', { text: 'Kahvi loppui' }, 2);
    const well = newNoteWrite('coffee', 'well', { voiceId: 'voice-1' }, 3);
    const wrong0 = newNoteWrite('coffee', 'wrong', { text: 'Kuppeja puuttui' }, 1);
    const other = newNoteWrite('photos', 'well', { text: 'Hyviä kuvia' }, 4);
    const notes = notesOf(saved(wrong1, well, wrong0, other), 'coffee');
    expect(notes.wrong.map((n) => n.text)).toEqual(['Kuppeja puuttui', 'Kahvi loppui']);
    expect(notes.well.map((n) => n.voiceId)).toEqual(['voice-1']);
    expect(v.is(noteSchema, wrong1.data)).toBe(true);
  });

  it('refuses a note on a side that does not exist and words that are too long', () => {
    expect(v.is(noteSchema, { situationId: 'coffee', side: 'maybe', text: 'x', createdAt: 1 })).toBe(false);
    expect(v.is(noteSchema, { situationId: 'coffee', side: 'well', text: 'x'.repeat(301), createdAt: 1 })).toBe(false);
    expect(newNoteWrite('coffee', 'well', { text: 'x'.repeat(400) }).data).toMatchObject({ text: 'x'.repeat(300) });
  });

  it('ticks ready rows, and puts the group’s own rows on the list ticked', () => {
    expect(newHelperWrites('   ')).toEqual([]);
    const own = newHelperWrites('Varaamme kahvia tarpeeksi', 1);
    const rows = helperRows(config, saved(...own, toggleHelperWrite(helperRows(config, [])[0]!)));
    expect(rows[0]).toMatchObject({ id: 'know-task', isTicked: true, isOwn: false });
    expect(rows[1]).toMatchObject({ isTicked: false });
    expect(rows.at(-1)).toMatchObject({ text: 'Varaamme kahvia tarpeeksi', isOwn: true, isTicked: true });
    // Unticking saves false, so it merges like any edit.
    expect(toggleHelperWrite(rows[0]!)).toEqual({ type: 'tick', key: 'know-task', data: { ticked: false } });
  });

  it('is done when a card has both sides and the list has a ticked row', () => {
    expect(situationProgress(config, [])).toBe('not-started');
    const well = newNoteWrite('coffee', 'well', { text: 'Kaikki saivat kahvia' });
    expect(situationProgress(config, saved(well))).toBe('started');
    const wrong = newNoteWrite('coffee', 'wrong', { text: 'Kahvi loppui' });
    expect(situationProgress(config, saved(well, wrong))).toBe('started');
    const tick = toggleHelperWrite(helperRows(config, [])[1]!);
    expect(situationProgress(config, saved(well, wrong, tick))).toBe('done');
    // Notes on two different cards are not both sides of one.
    const photos = newNoteWrite('photos', 'wrong', { text: 'Kamera unohtui' });
    expect(situationProgress(config, saved(well, photos, tick))).toBe('started');
  });
});
