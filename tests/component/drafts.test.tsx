// Half-written answers survive a reload of the tab (session storage), and are gone once saved or
// cancelled: the field notes' new answer (outdoors) and a new card on a board.
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { findExercise } from '../../src/content/lookup';
import type { ExerciseOf, KindName } from '../../src/content/types';
import { View as BoardView } from '../../src/kinds/cardBoard/View';
import { View as FieldNotesView } from '../../src/kinds/fieldNotes/View';
import { KindHarness, memberNamed, memoryMedia, SavedAnswers } from './harness';

const exercise = <K extends KindName>(id: string) => findExercise(id)!.exercise as ExerciseOf<K>;
const members = [memberNamed('Anna')];

function fieldNotes(saved: SavedAnswers) {
  return render(<KindHarness View={FieldNotesView} exercise={exercise<'fieldNotes'>('m03-city-lift')} members={members} saved={saved} media={memoryMedia()} initialStep="new" />);
}

describe('drafts', () => {
  beforeEach(() => sessionStorage.clear());

  it('keeps a passer-by’s half-written answer through a reload, and forgets it once saved', async () => {
    const saved = new SavedAnswers();
    const first = fieldNotes(saved);
    const [where] = await screen.findAllByLabelText('Tai kirjoita vastaus');
    fireEvent.input(where!, { target: { value: 'Uimahallissa' } });
    first.unmount();

    fieldNotes(saved);
    const [whereAgain] = await screen.findAllByLabelText<HTMLInputElement>('Tai kirjoita vastaus');
    expect(whereAgain!.value).toBe('Uimahallissa');
    // One question per screen: on to the second, which is the last, then save.
    fireEvent.click(screen.getByRole('button', { name: 'Seuraava' }));
    await screen.findByRole('group', { name: 'Mitä teet heidän kanssaan?' });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna vastaus' }));
    await screen.findByRole('article', { name: 'Vastaus 1' });
    expect(sessionStorage.length).toBe(0);
  });

  it('forgets the answer when it is cancelled, and ignores a draft that is not an answer', async () => {
    sessionStorage.setItem('porukka-draft:g/m02/m03-city-lift/new', '{"where":{"text":5}}');
    const saved = new SavedAnswers();
    const first = fieldNotes(saved);
    const [where] = await screen.findAllByLabelText<HTMLInputElement>('Tai kirjoita vastaus');
    expect(where!.value).toBe('');
    fireEvent.input(where!, { target: { value: 'Torilla' } });
    fireEvent.click(screen.getByRole('button', { name: 'Peru' }));
    first.unmount();
    expect(sessionStorage.getItem('porukka-draft:g/m02/m03-city-lift/new')).toBeNull();
  });

  it('keeps a new wish card’s pictures, words and question through a reload', async () => {
    const board = exercise<'cardBoard'>('m04-idea-storm');
    const saved = new SavedAnswers();
    const first = render(<KindHarness View={BoardView} exercise={board} members={members} saved={saved} media={memoryMedia()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Tanssia' }));
    for (let n = 0; n < 4; n++) fireEvent.click(screen.getByRole('button', { name: 'Seuraava' }));
    fireEvent.input(await screen.findByLabelText('Omin sanoin'), { target: { value: 'Disko' } });
    first.unmount();

    render(<KindHarness View={BoardView} exercise={board} members={members} saved={saved} media={memoryMedia()} />);
    // Back on the same question, with the words; the card's preview shows the picture chosen first.
    expect(((await screen.findByLabelText('Omin sanoin')) as HTMLInputElement).value).toBe('Disko');
    expect(within(screen.getByRole('complementary', { name: 'Sinun korttisi' })).getByText('Tanssia')).toBeTruthy();
    for (let n = 0; n < 4; n++) fireEvent.click(screen.getByRole('button', { name: 'Edellinen' }));
    expect((await screen.findByRole('button', { name: 'Tanssia' })).getAttribute('aria-pressed')).toBe('true');
    for (let n = 0; n < 4; n++) fireEvent.click(screen.getByRole('button', { name: 'Seuraava' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Lisää kortti' }));
    expect(await screen.findByText('Disko')).toBeTruthy();
    // Saved: the draft and its question are forgotten, the form starts from the first question.
    expect(await screen.findByRole('group', { name: 'Mitä haluaisit tehdä?' })).toBeTruthy();
    expect(sessionStorage.length).toBe(0);
  });
});
