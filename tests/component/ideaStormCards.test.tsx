// Ideariihi: own words for each question on a wish card (one question per screen), and every card read aloud and named by its
// words wherever it is shown (the piles and the dot vote).
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { findExercise } from '../../src/content/lookup';
import type { ExerciseOf } from '../../src/content/types';
import { View as BoardView } from '../../src/kinds/cardBoard/View';
import { KindHarness, memberNamed, memoryMedia, SavedAnswers } from './harness';

const storm = findExercise('m04-idea-storm')!.exercise as ExerciseOf<'cardBoard'>;
const members = [memberNamed('Anna', 'avatar-cat'), memberNamed('Ben', 'avatar-dog')];
const cardsSaved = (saved: SavedAnswers) => saved.entries.filter((e) => e.type === 'card');

/** The card form asks one question per screen: "Seuraava" until the question is shown. */
async function nextTo(question: string) {
  while (!screen.queryByRole('group', { name: question })) fireEvent.click(screen.getByRole('button', { name: 'Seuraava' }));
  return screen.findByRole('group', { name: question });
}
const lastScreen = 'Voit vielä kirjoittaa, puhua, piirtää tai ottaa kuvan.';

/** The board with two wishes: one of pictures only, one of own words and a picture. */
async function boardWithTwoWishes() {
  const saved = new SavedAnswers();
  const readAloud = vi.fn<(root: Element) => void>();
  render(<KindHarness View={BoardView} exercise={storm} members={members} saved={saved} media={memoryMedia()} speech={{ readAloud, sayTapped: () => undefined, sayTurn: () => undefined, currentSentence: null, isSpeaking: false }} />);
  fireEvent.click(screen.getByRole('button', { name: 'Tanssia' }));
  await nextTo('Missä?');
  fireEvent.click(screen.getByRole('button', { name: 'Puistossa' }));
  await nextTo(lastScreen);
  fireEvent.click(screen.getByRole('button', { name: 'Lisää kortti' }));
  await waitFor(() => expect(cardsSaved(saved)).toHaveLength(1));
  fireEvent.input(within(await screen.findByRole('group', { name: 'Mitä haluaisit tehdä?' })).getByLabelText('Tai kirjoita vastaus'), { target: { value: ' Bingo ' } });
  fireEvent.input(within(await nextTo('Kenen kanssa?')).getByLabelText('Tai kirjoita vastaus'), { target: { value: 'Naapurit' } });
  await nextTo('Miksi?');
  fireEvent.click(screen.getByRole('button', { name: 'Se on kivaa' }));
  await nextTo(lastScreen);
  fireEvent.click(screen.getByRole('button', { name: 'Lisää kortti' }));
  await waitFor(() => expect(cardsSaved(saved)).toHaveLength(2));
  return { saved, readAloud };
}

describe('Ideariihi wish cards', () => {
  it('saves own words for each question and shows them on the card', async () => {
    const { saved } = await boardWithTwoWishes();
    expect(cardsSaved(saved)[1]?.data).toMatchObject({ choices: { why: 'fun' }, fieldTexts: { what: 'Bingo', 'with-whom': 'Naapurit' } });
    expect(cardsSaved(saved)[1]?.data).not.toHaveProperty('text');
    expect(screen.getByText('Bingo', { selector: '[data-sentence]' })).toBeTruthy();
    expect(screen.getByText('Naapurit', { selector: '[data-sentence]' })).toBeTruthy();
    // The form is empty again for the next wish, from its first question.
    const first = await screen.findByRole('group', { name: 'Mitä haluaisit tehdä?' });
    expect((within(first).getByLabelText('Tai kirjoita vastaus') as HTMLInputElement).value).toBe('');
  });

  it('takes a voice note as the answer to one question, and plays it on the card', async () => {
    const saved = new SavedAnswers();
    render(<KindHarness View={BoardView} exercise={storm} members={members} saved={saved} media={memoryMedia()} />);
    const why = await nextTo('Miksi?');
    fireEvent.click(within(why).getByRole('button', { name: 'Nauhoita ääni' }));
    fireEvent.click(await within(why).findByRole('button', { name: 'Lopeta nauhoitus' }));
    await within(why).findByRole('button', { name: 'Kuuntele nauhoitus' });
    // The card's preview shows that the answer is a voice note.
    expect(within(screen.getByRole('complementary', { name: 'Sinun korttisi' })).getByText('Ääniviesti')).toBeTruthy();
    await nextTo(lastScreen);
    fireEvent.click(screen.getByRole('button', { name: 'Lisää kortti' }));
    await waitFor(() => expect(cardsSaved(saved)).toHaveLength(1));
    expect(cardsSaved(saved)[0]?.data).toMatchObject({ fieldVoices: { why: 'media-1' } });
    const card = document.querySelector<HTMLElement>('.board-card');
    expect(card).not.toBeNull();
    expect(within(card!).getByRole('button', { name: 'Kuuntele nauhoitus' })).toBeTruthy();
  });

  it('reads each card aloud in the piles step and names the tap buttons by the card’s words', async () => {
    const { readAloud } = await boardWithTwoWishes();
    fireEvent.click(screen.getByRole('button', { name: /2\. Pinot/ }));
    const pictureCard = await screen.findByRole('button', { name: 'Valitse Tanssia, Puistossa' });
    expect(screen.getByRole('button', { name: 'Valitse Bingo, Naapurit, Se on kivaa' })).toBeTruthy();
    const listen = screen.getAllByRole('button', { name: 'Kuuntele' });
    expect(listen).toHaveLength(2);
    fireEvent.click(listen[0]!);
    const read = readAloud.mock.calls[0]![0];
    expect(read.contains(pictureCard)).toBe(true);
    expect(read.textContent).toContain('Tanssia');
    expect(read.textContent).toContain('Puistossa');
    fireEvent.click(listen[1]!);
    expect(readAloud.mock.calls[1]![0].textContent).toContain('Bingo');
  });

  it('reads each pile aloud in the dot vote and names "give a dot" by the card’s words', async () => {
    const { saved, readAloud } = await boardWithTwoWishes();
    fireEvent.click(screen.getByRole('button', { name: /4\. Äänestys/ }));
    fireEvent.click(await screen.findByRole('button', { name: /^Anna/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Anna piste Tanssia, Puistossa' }));
    await screen.findByRole('button', { name: 'Ota piste pois Tanssia, Puistossa' });
    await waitFor(() => expect(saved.entries.filter((e) => e.type === 'dot')).toHaveLength(1));
    // A tap on the card itself reads it.
    fireEvent.click(screen.getAllByText('Naapurit').find((el) => el.closest('.card-face'))!);
    const read = readAloud.mock.calls[0]![0];
    expect(read.contains(screen.getByRole('button', { name: 'Anna piste Bingo, Naapurit, Se on kivaa' }))).toBe(true);
    expect(read.textContent).toContain('Naapurit');
  });
});
