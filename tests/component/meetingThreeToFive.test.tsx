// Views of meetings 3–5: field notes, choice board, the idea bank / plan canvas, and the Ideariihi board.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { findExercise } from '../../src/content/lookup';
import type { ExerciseOf, KindName } from '../../src/content/types';
import type { Entry } from '../../src/domain/records';
import { View as CanvasView } from '../../src/kinds/canvas/View';
import { View as BoardView } from '../../src/kinds/cardBoard/View';
import { View as ChoiceView } from '../../src/kinds/choiceBoard/View';
import { View as FieldNotesView } from '../../src/kinds/fieldNotes/View';
import { KindHarness, memberNamed, memoryMedia, SavedAnswers } from './harness';

const exercise = <K extends KindName>(id: string) => findExercise(id)!.exercise as ExerciseOf<K>;
const members = [memberNamed('Anna', 'avatar-cat'), memberNamed('Ben', 'avatar-dog')];

describe('Kävelemme ja kysymme (field notes)', () => {
  it('saves each passer-by’s answers, one question per screen, as a card with one big "new answer" button', async () => {
    const saved = new SavedAnswers();
    render(<KindHarness View={FieldNotesView} exercise={exercise<'fieldNotes'>('m03-city-lift')} members={members} saved={saved} media={memoryMedia()} />);
    expect(screen.getByText('Missä tapaat tuttujasi?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Uusi vastaus' }));
    const [where] = await screen.findAllByLabelText('Tai kirjoita vastaus');
    fireEvent.input(where!, { target: { value: 'Kirjastossa' } });
    // One question per screen: the second question is answered with a voice recording.
    fireEvent.click(screen.getByRole('button', { name: 'Seuraava' }));
    await screen.findByRole('group', { name: 'Mitä teet heidän kanssaan?' });
    fireEvent.click(screen.getByRole('button', { name: 'Nauhoita ääni' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Lopeta nauhoitus' }));
    await screen.findByRole('button', { name: 'Kuuntele nauhoitus' });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna vastaus' }));
    const card = await screen.findByRole('article', { name: 'Vastaus 1' });
    expect(within(card).getByText('Kirjastossa')).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Kuuntele nauhoitus' })).toBeTruthy();
    expect(saved.entries[0]?.data).toMatchObject({ replies: { where: { text: 'Kirjastossa' }, what: { voiceId: 'media-1' } } });
  });
});

describe('choice board', () => {
  it('toggles picture options and adds the group’s own', async () => {
    const saved = new SavedAnswers();
    render(<KindHarness View={ChoiceView} exercise={exercise<'choiceBoard'>('m06-partner-ideas')} members={members} saved={saved} />);
    fireEvent.click(screen.getByRole('button', { name: 'Seurakunnat' }));
    await screen.findByRole('button', { name: 'Seurakunnat', pressed: true });
    fireEvent.input(screen.getByLabelText('Jokin muu'), { target: { value: 'Naapuruston kahvila' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lisää' }));
    expect(await screen.findByText('Naapuruston kahvila', { selector: '[data-sentence]' })).toBeTruthy();
    expect(saved.entries.map((e) => e.type)).toEqual(['choice', 'own']);
  });

  it('shows no "remove" to participants', async () => {
    render(<KindHarness View={ChoiceView} exercise={exercise<'choiceBoard'>('m06-partner-ideas')} members={members} saved={new SavedAnswers()} />);
    fireEvent.input(screen.getByLabelText('Jokin muu'), { target: { value: 'Kirjasto' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lisää' }));
    await screen.findByText('Kirjasto', { selector: '[data-sentence]' });
    expect(screen.queryAllByRole('button', { name: /^Poista/ })).toHaveLength(0);
  });

  it('lets a support person remove an own option', async () => {
    const saved = new SavedAnswers();
    render(<KindHarness View={ChoiceView} exercise={exercise<'choiceBoard'>('m06-partner-ideas')} members={members} saved={saved} isSupport />);
    fireEvent.input(screen.getByLabelText('Jokin muu'), { target: { value: 'Kirjasto' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lisää' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Poista Kirjasto' }));
    await waitFor(() => expect(saved.entries.filter((e) => e.type === 'own')).toEqual([]));
  });
});

describe('canvas (idea bank and action plan)', () => {
  it('goes through a section with picture suggestions and own cards, and shows the tips list', async () => {
    const saved = new SavedAnswers();
    render(<KindHarness View={CanvasView} exercise={exercise<'canvas'>('m03-idea-bank')} members={members} saved={saved} media={memoryMedia()} />);
    fireEvent.click(screen.getByRole('button', { name: /Mitä paikkoja\?/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Kirjasto' }));
    await screen.findByRole('button', { name: 'Kirjasto', pressed: true });
    const [firstQuestion] = screen.getAllByLabelText('Kirjoita vastaus');
    fireEvent.input(firstQuestion!, { target: { value: 'Uimahalli' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Lisää' })[0]!);
    await screen.findByText('Uimahalli', { selector: '[data-sentence]' });
    await waitFor(() => expect(saved.entries.some((e) => e.type === 'visited' && e.key === 'places')).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: 'Takaisin aiheisiin' }));
    expect(await screen.findByText('2 korttia')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Katso kaikki yhdellä sivulla' }));
    const summary = await screen.findByRole('heading', { name: 'Vapaa-ajan vinkkilista' });
    expect(summary).toBeTruthy();
    expect(screen.getByText('Kirjasto')).toBeTruthy();
    expect(screen.getByText('Uimahalli', { selector: '[data-sentence]' })).toBeTruthy();
  });

  it('shows the goal on top of the plan and marks what is still missing', async () => {
    const saved = new SavedAnswers();
    const goal: Entry = {
      id: 'g/m04-idea-storm/goal/goal', groupId: 'g', meetingId: 'm04', exerciseId: 'm04-idea-storm', type: 'goal', key: 'goal',
      data: { ref: 'm04-idea-storm/x', exerciseId: 'm04-idea-storm', card: { areaId: 'wishes', text: 'Tanssi-ilta kaikille', choices: { where: 'park' }, createdAt: 1 } },
      updatedAt: '2026-11-23T10:00:00.000Z_0000', deviceId: 'd', deleted: false,
    };
    render(<KindHarness View={CanvasView} exercise={exercise<'canvas'>('m05-plan')} members={members} saved={saved} sources={[goal]} media={memoryMedia()} />);
    expect(screen.getByText('Tanssi-ilta kaikille')).toBeTruthy();
    expect(screen.getByText('Puistossa')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Välineet ja tarvikkeet/ }));
    const [have] = await screen.findAllByLabelText('Kirjoita vastaus');
    fireEvent.input(have!, { target: { value: 'Kaiutin' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Lisää' })[0]!);
    fireEvent.click(await screen.findByRole('button', { name: /^Puuttuu vielä Kaiutin/ }));
    await screen.findByRole('button', { name: /^Puuttuu vielä Kaiutin/, pressed: true });
    fireEvent.click(screen.getByRole('button', { name: 'Takaisin aiheisiin' }));
    expect(await screen.findByText('1 puuttuu vielä')).toBeTruthy();
  });
});

const dotOn = (n: number) => fireEvent.click(screen.getAllByRole('button', { name: /^Anna piste/ })[n]!);

describe('Ideariihi (card board)', () => {
  const storm = exercise<'cardBoard'>('m04-idea-storm');
  const wish: Entry = {
    id: 'g/m03-bad-places/card/w1', groupId: 'g', meetingId: 'm03', exerciseId: 'm03-bad-places', type: 'card', key: 'w1',
    data: { areaId: 'wishes', text: 'Yhteiset juhlat', createdAt: 1 }, updatedAt: '2026-11-23T10:00:00.000Z_0000', deviceId: 'd', deleted: false,
  };

  it('takes wishes as picture cards, piles similar ones, lets members dot-vote and makes the winner the goal', async () => {
    const saved = new SavedAnswers();
    render(<KindHarness View={BoardView} exercise={storm} members={members} saved={saved} sources={[wish]} media={memoryMedia()} />);
    expect(screen.getByText('Yhteiset juhlat', { selector: '[data-sentence]' })).toBeTruthy();
    expect(screen.getByText('Aiemmasta tapaamisesta')).toBeTruthy();
    // The card form asks one question per screen; "Lisää kortti" is on the last one.
    for (const choice of ['Tanssia', 'Puistossa', 'Kaikkien kanssa', 'Se on kivaa']) {
      fireEvent.click(await screen.findByRole('button', { name: choice }));
      fireEvent.click(screen.getByRole('button', { name: 'Seuraava' }));
    }
    fireEvent.click(await screen.findByRole('button', { name: 'Lisää kortti' }));
    await waitFor(() => expect(saved.entries.filter((e) => e.type === 'card')).toHaveLength(1));
    expect(saved.entries[0]?.data).toMatchObject({ choices: { what: 'dance', where: 'park', 'with-whom': 'everyone', why: 'fun' } });
    for (let n = 0; n < 4; n++) fireEvent.click(screen.getByRole('button', { name: 'Seuraava' }));
    fireEvent.input(await screen.findByLabelText('Omin sanoin'), { target: { value: 'Disko' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lisää kortti' }));
    await waitFor(() => expect(saved.entries.filter((e) => e.type === 'card')).toHaveLength(2));

    // Piles: tap the disco, then the dance card.
    fireEvent.click(screen.getByRole('button', { name: /2\. Pinot/ }));
    fireEvent.click(await screen.findByRole('button', { name: /^Valitse Disko/ }));
    fireEvent.click(screen.getAllByRole('button', { name: /^Samaan pinoon/ })[1]!);
    expect(await screen.findByText('2 korttia pinossa')).toBeTruthy();

    // Vote: Anna puts her three dots, Ben two (quick taps before saving: quickTaps.test.tsx, on the real path).
    fireEvent.click(screen.getByRole('button', { name: /4\. Äänestys/ }));
    fireEvent.click(await screen.findByRole('button', { name: /^Anna/ }));
    expect(await screen.findByText('Anna, sinulla on 3 pistettä jäljellä.')).toBeTruthy();
    dotOn(1);
    await screen.findByText('Anna, sinulla on 2 pistettä jäljellä.');
    dotOn(1);
    await screen.findByText('Anna, sinulla on 1 piste jäljellä.');
    dotOn(0);
    await screen.findByText('Anna, olet antanut kaikki pisteesi.');
    fireEvent.click(screen.getByRole('button', { name: 'Valmis' }));
    fireEvent.click(await screen.findByRole('button', { name: /^Ben/ }));
    await screen.findAllByRole('button', { name: /^Anna piste/ });
    dotOn(1);
    dotOn(1);
    await screen.findByText('Ben, sinulla on 1 piste jäljellä.');
    await waitFor(() => expect(saved.entries.filter((e) => e.type === 'dot' && e.key.startsWith(`${members[1]!.id}:`))).toHaveLength(2));
    fireEvent.click(await screen.findByRole('button', { name: 'Valmis' }));

    fireEvent.click(await screen.findByRole('button', { name: /5\. Tulos/ }));
    expect(await screen.findByText('4 pistettä')).toBeTruthy();
    expect(screen.getByText('1 piste')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Tästä tulee meidän tavoite/ }));
    await screen.findByRole('heading', { name: 'Meidän tavoite' });
    expect(screen.getByText('Valitsimme äänestämällä.')).toBeTruthy();
    const goal = saved.entries.find((e) => e.type === 'goal');
    expect(goal?.data).toMatchObject({ exerciseId: 'm04-idea-storm', chosenBy: 'vote', card: { choices: { what: 'dance' } } });
  });

  it('lets a support person make any card the goal after talking, and the wishes stay open', async () => {
    const saved = new SavedAnswers();
    const party: Entry = { ...wish, id: 'g/m03-bad-places/card/w2', key: 'w2', data: { areaId: 'wishes', text: 'Grilli-ilta', createdAt: 2 } };
    const { unmount } = render(<KindHarness View={BoardView} exercise={storm} members={members} saved={saved} sources={[wish, party]} initialStep="talk" />);
    // Participants hear that both ways are fine, but only a support person makes the goal.
    expect(screen.getByText('Voimme valita tavoitteen puhumalla tai äänestämällä.')).toBeTruthy();
    expect(screen.queryAllByRole('button', { name: /^Tästä tulee meidän tavoite/ })).toHaveLength(0);
    unmount();
    render(<KindHarness View={BoardView} exercise={storm} members={members} saved={saved} sources={[wish, party]} initialStep="talk" isSupport />);
    fireEvent.click(screen.getByRole('button', { name: /^Tästä tulee meidän tavoite Grilli-ilta/ }));
    await screen.findByRole('heading', { name: 'Meidän tavoite' });
    expect(screen.getByText('Valitsimme puhumalla.')).toBeTruthy();
    expect(screen.getByText('Voimme palata toiveisiin myöhemmin.')).toBeTruthy();
    expect(screen.getByText('Voit kokeilla omaa toivettasi myös yksin.')).toBeTruthy();
    expect(saved.entries.find((e) => e.type === 'goal')?.data).toMatchObject({ ref: 'm03-bad-places/w2', chosenBy: 'talk', card: { text: 'Grilli-ilta' } });
    // The group changes its mind after talking more: the other card becomes the goal.
    fireEvent.click(screen.getByRole('button', { name: /^Tästä tulee meidän tavoite Yhteiset juhlat/ }));
    await waitFor(() => expect(saved.entries.find((e) => e.type === 'goal')?.data).toMatchObject({ card: { text: 'Yhteiset juhlat' } }));
    // The wishes are still there to add to.
    fireEvent.click(screen.getByRole('button', { name: /1\. Toiveet/ }));
    expect(await screen.findByRole('button', { name: 'Seuraava' })).toBeTruthy();
  });
});
