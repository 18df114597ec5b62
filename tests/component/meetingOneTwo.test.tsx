// Views of meetings 1 and 2: the invitation, the check-in, the keys' picture stories and the small-talk deck.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { findExercise } from '../../src/content/lookup';
import type { ExerciseOf, KindName } from '../../src/content/types';
import { View as DeckView } from '../../src/kinds/cardDeck/View';
import { View as FormView } from '../../src/kinds/form/View';
import { View as MoodView } from '../../src/kinds/moodCheckIn/View';
import { View as StoryView } from '../../src/kinds/photoStory/View';
import { KindHarness, memberNamed, memoryMedia, SavedAnswers } from './harness';

const exercise = <K extends KindName>(id: string) => findExercise(id)!.exercise as ExerciseOf<K>;
const members = [memberNamed('Anna', 'avatar-cat'), memberNamed('Ben', 'avatar-dog'), { ...memberNamed('Tiina', 'avatar-owl'), role: 'support' as const }];

describe('invitation (form)', () => {
  it('is filled in by the support persons and shown as a picture card with the day written out', async () => {
    const saved = new SavedAnswers();
    render(<KindHarness View={FormView} exercise={exercise<'form'>('m01-invitation')} members={members} saved={saved} />);
    fireEvent.input(screen.getByLabelText('Päivä'), { target: { value: '2026-12-01' } });
    fireEvent.input(screen.getByLabelText('Kellonaika'), { target: { value: '13:00' } });
    fireEvent.input(screen.getByLabelText('Paikka'), { target: { value: 'Kirjaston kerhohuone' } });
    fireEvent.click(screen.getByRole('button', { name: 'Käytä porukan tukihenkilöiden nimiä' }));
    expect((screen.getByLabelText('Tukihenkilöiden nimet') as HTMLInputElement).value).toBe('Tiina');
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    await screen.findByText('Tule kahville ja tutustumaan Porukka-hautomoon.');
    expect(screen.getByText('Aika: tiistaina 1.12.2026 kello 13.')).toBeTruthy();
    expect(screen.getByText('Paikka: Kirjaston kerhohuone.')).toBeTruthy();
    // The workbook's invitation lines: longing for new people, and having a say together.
    expect(screen.getByText('Kaipaatko uusia tuttuja, kavereita tai tekemistä?')).toBeTruthy();
    expect(screen.getByText('Vaikutamme yhdessä asioihin, jotka ovat meille tärkeitä.')).toBeTruthy();
    expect(screen.getByText('Jos tarvitset enemmän apua, ota oma tukihenkilö mukaan.')).toBeTruthy();
    expect(screen.getByText('Terveisin tukihenkilöt Tiina')).toBeTruthy();
    expect(saved.entries.map((e) => [e.key, e.data])).toContainEqual(['place', { value: 'Kirjaston kerhohuone' }]);
    fireEvent.click(screen.getByRole('button', { name: 'Muokkaa kutsua' }));
    expect((await screen.findByLabelText('Paikka') as HTMLInputElement).value).toBe('Kirjaston kerhohuone');
  });
});

describe('check-in (mood round)', () => {
  it('lets each member pick a mood picture and shows the round', async () => {
    const saved = new SavedAnswers();
    render(<KindHarness View={MoodView} exercise={exercise<'moodCheckIn'>('m02-check-in')} members={members} saved={saved} />);
    fireEvent.click(screen.getByRole('button', { name: /^Anna/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Väsyttää' }));
    await screen.findByRole('button', { name: /^Anna.*Väsyttää/ });
    fireEvent.click(screen.getByRole('button', { name: /^Ben/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Väsyttää' }));
    fireEvent.click(screen.getByRole('button', { name: 'Valmis' }));
    expect(await screen.findByText('Väsyttää: Anna, Ben')).toBeTruthy();
    expect(saved.entries.map((e) => [e.type, e.key, e.data])).toEqual([
      ['mood', 'anna', { option: 'tired' }],
      ['mood', 'ben', { option: 'tired' }],
    ]);
  });
});

describe('Avaimet kertovat (photo story)', () => {
  it('takes each member’s photo and story, and shows them as picture stories', async () => {
    const saved = new SavedAnswers();
    const media = memoryMedia();
    render(<KindHarness View={StoryView} exercise={exercise<'photoStory'>('m02-keys')} members={members} saved={saved} media={media} />);
    expect(screen.getByText('Mihin paikkoihin sinulla on avain?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Anna/ }));
    const picker = (await screen.findByLabelText('Ota kuva tai valitse kuva')) as HTMLInputElement;
    const photo = new File(['jpeg'], 'keys.jpg', { type: 'image/jpeg' });
    Object.defineProperty(picker, 'files', { value: [photo], configurable: true });
    fireEvent.change(picker);
    await screen.findByLabelText('Vaihda kuva');
    // A file that is not a picture is refused in plain words, and nothing is saved.
    const again = screen.getByLabelText('Vaihda kuva') as HTMLInputElement;
    Object.defineProperty(again, 'files', { value: [new File(['x'], 'notes.txt', { type: 'text/plain' })], configurable: true });
    fireEvent.change(again);
    await screen.findByText('Tämä ei ole kuva.');
    fireEvent.click(screen.getByRole('button', { name: 'Nauhoita ääni' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Lopeta nauhoitus' }));
    await screen.findByRole('button', { name: 'Kuuntele nauhoitus' });
    fireEvent.input(screen.getByLabelText('Kirjoita tarina'), { target: { value: 'Avain kotiin ja pyörään.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna teksti' }));
    await waitFor(() => expect(saved.entries[0]?.data).toEqual({ photoId: 'media-1', voiceId: 'media-2', text: 'Avain kotiin ja pyörään.' }));
    fireEvent.click(screen.getByRole('button', { name: 'Valmis' }));
    const story = await screen.findByRole('article', { name: 'Anna' });
    expect(within(story).getByText('Avain kotiin ja pyörään.')).toBeTruthy();
    expect(within(story).getByRole('img', { name: 'Kuva, jonka Anna otti' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Anna.*on kertonut tarinansa/ })).toBeTruthy();
  });
});

describe('small-talk deck', () => {
  it('draws topic cards at random and remembers what the group has talked about', async () => {
    const saved = new SavedAnswers();
    render(<KindHarness View={DeckView} exercise={exercise<'cardDeck'>('m02-small-talk')} members={members} saved={saved} />);
    fireEvent.click(screen.getByRole('button', { name: 'Nosta kortti' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Nosta uusi kortti' }));
    await waitFor(() => expect(saved.entries).toHaveLength(2));
    expect(new Set(saved.entries.map((e) => e.key)).size).toBe(2);
    expect(await screen.findByText('Olemme jutelleet 2 aiheesta')).toBeTruthy();
  });
});
