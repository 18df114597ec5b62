// Issue 13, the workbook told right: meeting 7's first talk with a partner (field notes with picture
// choices for how we keep in touch, and the note that not every meeting leads to working together).
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { findExercise } from '../../src/content/lookup';
import type { ExerciseOf } from '../../src/content/types';
import { View as FieldNotesView } from '../../src/kinds/fieldNotes/View';
import { KindHarness, memberNamed, memoryMedia, SavedAnswers } from './harness';

const firstTalk = findExercise('m07-first-talk')!.exercise as ExerciseOf<'fieldNotes'>;
const members = [memberNamed('Anna', 'avatar-cat'), memberNamed('Ben', 'avatar-dog')];

describe('meeting 7: we get to know a partner', () => {
  it('asks the partner step by step and notes the answers, with pictures for keeping in touch', async () => {
    const saved = new SavedAnswers();
    render(<KindHarness View={FieldNotesView} exercise={firstTalk} members={members} saved={saved} media={memoryMedia()} />);
    // The prompts in the workbook's order, and the closing note.
    const prompts = screen.getAllByText(/^(Kuka kumppani on\?|Kysymme:|Kerromme,|Nyt kumppani|Sovimme,)/, { selector: '[data-sentence]' }).map((el) => el.textContent);
    expect(prompts).toEqual(['Kuka kumppani on?', 'Kysymme: Mitä sinä teet?', 'Kerromme, keitä olemme ja mitä haluamme tehdä.', 'Kysymme: Haluatko tehdä tämän kanssamme?', 'Nyt kumppani saa kysyä meiltä.', 'Kysymme: Tarvitsetko apua?', 'Sovimme, miten pidämme yhteyttä.']);
    expect(screen.getByText('Aina emme aloita tekemistä yhdessä.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Uusi kumppani' }));
    fireEvent.input(await screen.findByLabelText('Tai kirjoita vastaus'), { target: { value: 'Liisa, kirjasto' } });
    for (let n = 0; n < 6; n++) fireEvent.click(screen.getByRole('button', { name: 'Seuraava' }));
    const contact = await screen.findByRole('group', { name: /Sovimme, miten pidämme yhteyttä/ });
    const ways = within(contact).getAllByRole('button').filter((b) => b.hasAttribute('aria-pressed'));
    expect(ways.map((b) => b.textContent?.trim())).toEqual(['Puhelu', 'Sähköposti', 'Tekstiviesti', 'WhatsApp', 'Videopuhelu', 'Käymme paikan päällä']);
    fireEvent.click(within(contact).getByRole('button', { name: 'WhatsApp' }));
    fireEvent.click(within(contact).getByRole('button', { name: 'Puhelu' }));
    fireEvent.click(within(contact).getByRole('button', { name: 'Puhelu' }));
    await within(contact).findByRole('button', { name: 'WhatsApp', pressed: true });
    expect(within(contact).getByRole('button', { name: 'Puhelu', pressed: false })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna vastaus' }));
    await waitFor(() => expect(saved.entries).toHaveLength(1));
    expect(saved.entries[0]?.data).toMatchObject({ replies: { who: { text: 'Liisa, kirjasto' }, 'keep-in-touch': { choices: ['whatsapp'] } } });
    const card = await screen.findByRole('article', { name: 'Vastaus 1' });
    expect(within(card).getByText('Liisa, kirjasto')).toBeTruthy();
    expect(within(card).getByText('WhatsApp')).toBeTruthy();
  });
});

describe('About Porukka', () => {
  it('tells the three keys, names the source documents and credits Elämäni tarinana (CC BY 4.0)', async () => {
    const { AboutScreen } = await import('../../src/app/screens/AboutScreen');
    render(<AboutScreen route={{ name: 'about' }} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Tietoa Porukasta' })).toBeTruthy();
    const keys = screen.getByRole('region', { name: '3 avainta' });
    for (const key of ['Omat valinnat.', 'Osallistuminen.', 'Onnistuminen.']) expect(within(keys).getByText(key)).toBeTruthy();
    const sources = screen.getByRole('region', { name: 'Mistä Porukka tulee?' });
    expect(within(sources).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Porukka-hautomon työkirja (Porukoissa-hanke, 2018–2020)',
      'Hyvien käytäntöjen kortit (AVOT-hanke)',
      'Naapuruuspiiri: näin aloitamme oman ryhmän (Helsinki)',
      'Toimivat käytännöt (PRO SOS -hanke, Pirkanmaa)',
      'Porukalla! (Mikkelin kaupunki, 2020)',
    ]);
    const credits = screen.getByRole('region', { name: 'Tekijät ja luvat' });
    expect(credits.textContent).toContain('Elämäni tarinana © 2024 Päivi Vuokila-Oikkonen.');
    expect(within(credits).getByRole('link', { name: 'Lue lisenssi (CC BY 4.0)' }).getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/');
  });
});
