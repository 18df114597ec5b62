// Meeting 6's boards: partner ideas to the partner list, who we know (cards moved between areas),
// ways to meet partners and the learning café on the plan's four topics.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { findExercise } from '../../src/content/lookup';
import type { ExerciseOf, KindName } from '../../src/content/types';
import { View as BoardView } from '../../src/kinds/cardBoard/View';
import { View as ChoiceView } from '../../src/kinds/choiceBoard/View';
import { KindHarness, memberNamed, memoryMedia, SavedAnswers } from './harness';
import { goal, partner, planCard } from './partnerSources';

const exercise = <K extends KindName>(id: string) => findExercise(id)!.exercise as ExerciseOf<K>;
const members = [memberNamed('Anna', 'avatar-cat')];

describe('partner ideas (choice board)', () => {
  it('offers a support person to add chosen and own options to the partner list, through the new-partner form', async () => {
    render(<KindHarness View={ChoiceView} exercise={exercise<'choiceBoard'>('m06-partner-ideas')} members={members} saved={new SavedAnswers()} isSupport />);
    expect(screen.queryByRole('link', { name: /^Lisää kumppanilistaan/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Seurakunnat' }));
    const add = await screen.findByRole('link', { name: 'Lisää kumppanilistaan Seurakunnat' });
    expect(add.getAttribute('href')).toBe('#/g/g/partners/new/m06-partner-ideas/parishes');
    fireEvent.input(screen.getByLabelText('Jokin muu'), { target: { value: 'Kulmakahvila' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lisää' }));
    const own = await screen.findByRole('link', { name: 'Lisää kumppanilistaan Kulmakahvila' });
    expect(own.getAttribute('href')).toMatch(/^#\/g\/g\/partners\/new\/m06-partner-ideas\/[0-9a-f]{32}$/);
    expect(screen.getByRole('link', { name: 'Katso kumppanilista' }).getAttribute('href')).toBe('#/g/g/partners');
  });

  it('shows participants what they chose and the partner list, with no link to the support person\'s form', async () => {
    render(<KindHarness View={ChoiceView} exercise={exercise<'choiceBoard'>('m06-partner-ideas')} members={members} saved={new SavedAnswers()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Seurakunnat' }));
    await screen.findByRole('link', { name: 'Katso kumppanilista' });
    expect(screen.queryByRole('link', { name: /^Lisää kumppanilistaan/ })).toBeNull();
  });
});

describe('who we know and who we would like to know (card board)', () => {
  it('takes partners from the list as cards and moves a card to the other area', async () => {
    const saved = new SavedAnswers();
    render(<KindHarness View={BoardView} exercise={exercise<'cardBoard'>('m06-known-partners')} members={members} saved={saved} sources={[partner('pa1', 'Liisa')]} media={memoryMedia()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Liisa' }));
    const known = screen.getByRole('region', { name: 'Kenet tunnemme jo?' });
    await within(known).findByText('Liisa (Kirjasto)', { selector: '[data-sentence]' });
    expect(screen.queryByRole('button', { name: 'Liisa' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Siirrä kohtaan: Keneen haluaisimme tutustua? Liisa (Kirjasto)' }));
    const wanted = screen.getByRole('region', { name: 'Keneen haluaisimme tutustua?' });
    await within(wanted).findByText('Liisa (Kirjasto)', { selector: '[data-sentence]' });
    expect(within(known).queryByText('Liisa (Kirjasto)', { selector: '[data-sentence]' })).toBeNull();
    await waitFor(() => expect(saved.entries.map((e) => e.data)).toEqual([expect.objectContaining({ areaId: 'want-to-know', text: 'Liisa (Kirjasto)' })]));
  });
});

describe('ways to meet partners and the learning café', () => {
  it('explains each way before the choice', () => {
    render(<KindHarness View={ChoiceView} exercise={exercise<'choiceBoard'>('m06-ways-to-meet')} members={members} saved={new SavedAnswers()} />);
    expect(screen.getByText('Kutsumme monta kumppania kahville.', { selector: '.picture-card__text [data-sentence]' })).toBeTruthy();
    expect(screen.getByText('Käytämme hissipuhetta ja kuvia.')).toBeTruthy();
  });

  it('shows the goal and each topic’s plan cards on its table, and takes partners’ help as cards', async () => {
    const saved = new SavedAnswers();
    const sources = [goal, planCard('k1', { sectionId: 'tools', questionId: 'need', text: 'Kaiutin', missing: true }), planCard('k2', { sectionId: 'people', questionId: 'known', text: 'Naapurit' })];
    render(<KindHarness View={BoardView} exercise={exercise<'cardBoard'>('m06-learning-cafe')} members={members} saved={saved} sources={sources} media={memoryMedia()} />);
    expect(screen.getByText('Tanssi-ilta kaikille')).toBeTruthy();
    const tools = screen.getByRole('region', { name: 'Pöytä 3: Välineet ja tarvikkeet' });
    expect(within(tools).getByText('Kaiutin')).toBeTruthy();
    expect(within(tools).getByText('Puuttuu vielä')).toBeTruthy();
    const places = screen.getByRole('region', { name: 'Pöytä 4: Paikat ja tilat' });
    expect(within(places).getByText('Toimintasuunnitelmassa ei ole tähän vielä mitään.')).toBeTruthy();
    fireEvent.input(within(tools).getByLabelText('Kirjoita kortti'), { target: { value: 'Lainaamme kaiuttimen' } });
    fireEvent.click(within(tools).getByRole('button', { name: 'Lisää kortti' }));
    await within(tools).findByText('Lainaamme kaiuttimen', { selector: '[data-sentence]' });
    expect(saved.entries[0]?.data).toMatchObject({ areaId: 'tools', text: 'Lainaamme kaiuttimen' });
  });
});
