// Ideariihi's wish card in small steps, through the app's own exercise host and the database (in
// memory): one question per screen with a preview of the card, skipping a question, "Lisää kortti"
// on the last screen, one card for a double tap, and the new card marked and read aloud on tap.
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KindHost } from '../../src/app/parts/KindHost';
import { findExercise } from '../../src/content/lookup';
import { useDatabase } from '../../src/storage/db';
import { listExerciseEntries } from '../../src/storage/repositories/entries';
import { SpeechContext, type SpeechPort } from '../../src/ui/speechPort';

const storm = findExercise('m04-idea-storm')!.exercise;
// The database takes its time on a busy machine.
configure({ asyncUtilTimeout: 8000 });
let database = 0;

function speechSpy(): SpeechPort & { readAloud: ReturnType<typeof vi.fn<(root: Element) => void>>; sayTurn: ReturnType<typeof vi.fn<(root: Element) => void>> } {
  return { readAloud: vi.fn<(root: Element) => void>(), sayTapped: () => undefined, sayTurn: vi.fn<(root: Element) => void>(), currentSentence: null, isSpeaking: false };
}

async function openStorm(speech: SpeechPort = speechSpy()) {
  useDatabase(`card-steps-${++database}`);
  render(
    <SpeechContext.Provider value={speech}>
      <KindHost groupId="g1" scope="m04" exercise={storm} step={null} onStep={() => undefined} />
    </SpeechContext.Provider>,
  );
  await screen.findByRole('group', { name: 'Mitä haluaisit tehdä?' });
}

const savedCards = async () => (await listExerciseEntries('g1', 'm04-idea-storm')).filter((e) => e.type === 'card' && !e.deleted);
const preview = () => screen.getByRole('complementary', { name: 'Sinun korttisi' });
const next = () => fireEvent.click(screen.getByRole('button', { name: 'Seuraava' }));

describe('a wish card in small steps', () => {
  const scrolled: Element[] = [];
  // The page's own scrollIntoView is put back afterwards: other test files share this page.
  const pagesScrollIntoView = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollIntoView');
  beforeEach(() => {
    sessionStorage.clear();
    scrolled.length = 0;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
  });
  afterEach(() => {
    if (pagesScrollIntoView) Object.defineProperty(Element.prototype, 'scrollIntoView', pagesScrollIntoView);
    else Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
  }, 30_000);

  it('asks one question per screen, shows the answers on the card, skips a question and adds the card on the last screen', async () => {
    const speech = speechSpy();
    await openStorm(speech);
    expect(screen.getByText('Kysymys 1 / 5')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Missä?' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Lisää kortti' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edellinen' })).toBeNull();
    expect(within(preview()).getByText('Kortti on vielä tyhjä.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Tanssia' }));
    await waitFor(() => expect(within(preview()).getByText('Tanssia')).toBeTruthy());
    next();
    const where = await screen.findByRole('group', { name: 'Missä?' });
    expect(screen.getByText('Kysymys 2 / 5')).toBeTruthy();
    // The new question is read aloud as it opens.
    expect(speech.sayTurn.mock.calls.at(-1)![0].textContent).toContain('Missä?');
    fireEvent.input(within(where).getByLabelText('Tai kirjoita vastaus'), { target: { value: 'Nuorisotalolla' } });
    await waitFor(() => expect(within(preview()).getByText('Nuorisotalolla')).toBeTruthy());
    // "Kenen kanssa?" is skipped.
    next();
    await screen.findByRole('group', { name: 'Kenen kanssa?' });
    next();
    await screen.findByRole('group', { name: 'Miksi?' });
    fireEvent.click(screen.getByRole('button', { name: 'Se on kivaa' }));
    next();
    await screen.findByRole('group', { name: 'Voit vielä kirjoittaa, puhua, piirtää tai ottaa kuvan.' });
    fireEvent.click(screen.getByRole('button', { name: 'Edellinen' }));
    expect((await screen.findByRole('button', { name: 'Se on kivaa' })).getAttribute('aria-pressed')).toBe('true');
    next();
    fireEvent.input(await screen.findByLabelText('Omin sanoin'), { target: { value: 'Disko' } });
    expect(within(preview()).getAllByText(/Tanssia|Nuorisotalolla|Se on kivaa|Disko/).map((e) => e.textContent)).toEqual(['Tanssia', 'Nuorisotalolla', 'Se on kivaa', 'Disko']);
    fireEvent.click(screen.getByRole('button', { name: 'Lisää kortti' }));

    await waitFor(async () => expect(await savedCards()).toHaveLength(1));
    expect((await savedCards())[0]!.data).toMatchObject({ areaId: 'wishes', choices: { what: 'dance', why: 'fun' }, fieldTexts: { where: 'Nuorisotalolla' }, text: 'Disko' });
    // The form starts again from the first question, with an empty card.
    await screen.findByRole('group', { name: 'Mitä haluaisit tehdä?' });
    expect(within(preview()).getByText('Kortti on vielä tyhjä.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tanssia' }).getAttribute('aria-pressed')).toBe('false');
  }, 30_000);

  it('makes one card of a quick double tap on "Lisää kortti"', async () => {
    await openStorm();
    fireEvent.click(screen.getByRole('button', { name: 'Musiikkia' }));
    for (let n = 0; n < 4; n++) next();
    const add = await screen.findByRole('button', { name: 'Lisää kortti' });
    // Two taps before the screen is drawn again (the first save is still on its way).
    add.click();
    add.click();
    await waitFor(async () => expect(await savedCards()).toHaveLength(1));
    await waitFor(() => expect(document.querySelectorAll('.board-card')).toHaveLength(1));
    // A second card is made only by a new answer.
    expect(await savedCards()).toHaveLength(1);
  }, 30_000);

  it('does not skip a question on the second tap of a double tap on "Seuraava"', async () => {
    await openStorm();
    const nextButton = screen.getByRole('button', { name: 'Seuraava' });
    fireEvent.click(nextButton, { detail: 1 });
    fireEvent.click(nextButton, { detail: 2 });
    await screen.findByRole('group', { name: 'Missä?' });
    expect(screen.getByText('Kysymys 2 / 5')).toBeTruthy();
  }, 30_000);

  it('marks the new card, brings it into view and reads it aloud when tapped', async () => {
    const speech = speechSpy();
    await openStorm(speech);
    fireEvent.click(screen.getByRole('button', { name: 'Pelejä' }));
    for (let n = 0; n < 4; n++) next();
    fireEvent.input(await screen.findByLabelText('Omin sanoin'), { target: { value: 'Lautapelit' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lisää kortti' }));

    const card = (await screen.findByText('Uusi kortti')).closest('.board-card')!;
    expect(card.classList.contains('is-new')).toBe(true);
    expect(card.textContent).toContain('Lautapelit');
    await waitFor(() => expect(scrolled).toContain(card));
    fireEvent.click(within(card as HTMLElement).getByText('Lautapelit'));
    expect(speech.readAloud).toHaveBeenCalledWith(card);
    await waitFor(async () => expect(await savedCards()).toHaveLength(1));
  });
});

describe('one tap, one save: the other forms participants fill in', () => {
  beforeEach(() => sessionStorage.clear());

  it('saves a passer-by’s answer once for a quick double tap on "Tallenna vastaus"', async () => {
    useDatabase(`card-steps-${++database}`);
    const lift = findExercise('m03-city-lift')!.exercise;
    render(<KindHost groupId="g1" scope="m03" exercise={lift} step="new" onStep={() => undefined} />);
    const [where] = await screen.findAllByLabelText('Tai kirjoita vastaus');
    fireEvent.input(where!, { target: { value: 'Kirjastossa' } });
    fireEvent.click(screen.getByRole('button', { name: 'Seuraava' }));
    const save = await screen.findByRole('button', { name: 'Tallenna vastaus' });
    save.click();
    save.click();
    await waitFor(async () => expect((await listExerciseEntries('g1', 'm03-city-lift')).filter((e) => !e.deleted)).toHaveLength(1));
  }, 30_000);

  it('adds one card for a quick double tap on "Lisää" (the idea bank’s own cards)', async () => {
    useDatabase(`card-steps-${++database}`);
    const bank = findExercise('m03-idea-bank')!.exercise;
    function Bank() {
      const [step, setStep] = useState<string | null>(null);
      return <KindHost groupId="g1" scope="m03" exercise={bank} step={step} onStep={setStep} />;
    }
    render(<Bank />);
    fireEvent.click(await screen.findByRole('button', { name: /Mitä paikkoja\?/ }));
    const [words] = await screen.findAllByLabelText('Kirjoita vastaus');
    fireEvent.input(words!, { target: { value: 'Uimahalli' } });
    const add = screen.getAllByRole('button', { name: 'Lisää' })[0]!;
    add.click();
    add.click();
    await screen.findByText('Uimahalli', { selector: '[data-sentence]' });
    await waitFor(async () => expect((await listExerciseEntries('g1', 'm03-idea-bank')).filter((e) => e.type !== 'visited' && JSON.stringify(e.data).includes('Uimahalli'))).toHaveLength(1));
    expect(screen.getAllByText('Uimahalli', { selector: '[data-sentence]' })).toHaveLength(1);
  }, 30_000);
});
