// Meeting 8's "Näyttelemme tilanteita": act a task out, note what went well and wrong, list what helps.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { findExercise } from '../../src/content/lookup';
import type { ExerciseOf } from '../../src/content/types';
import { View } from '../../src/kinds/situationCards/View';
import { KindHarness, memberNamed, memoryMedia, SavedAnswers } from './harness';

const exercise = findExercise('m08-own-shoes')!.exercise as ExerciseOf<'situationCards'>;
const members = [memberNamed('Anna', 'avatar-cat'), memberNamed('Ben', 'avatar-dog')];

function addNote(side: 'Meni hyvin' | 'Meni pieleen', label: string, words: string) {
  const region = screen.getByRole('region', { name: side });
  fireEvent.input(within(region).getByLabelText(label), { target: { value: words } });
  fireEvent.click(within(region).getByRole('button', { name: 'Lisää' }));
}

describe('Näyttelemme tilanteita (situation cards)', () => {
  it('keeps notes on both sides of a card, by words and by voice', async () => {
    const saved = new SavedAnswers();
    render(<KindHarness View={View} exercise={exercise} members={members} saved={saved} media={memoryMedia()} />);
    expect(screen.getByText(/näyttelemme sen 2 kertaa/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Tarjoilemme kahvit/ }));

    await screen.findByText('Näyttelemme tämän tilanteen.');
    expect(screen.getByText('Mitä tapahtui?')).toBeTruthy();
    addNote('Meni hyvin', 'Kirjoita, mikä meni hyvin', 'Kaikki saivat kahvia');
    const wrong = screen.getByRole('region', { name: 'Meni pieleen' });
    fireEvent.click(within(wrong).getByRole('button', { name: 'Nauhoita ääni' }));
    fireEvent.click(await within(wrong).findByRole('button', { name: 'Lopeta nauhoitus' }));
    await within(wrong).findByRole('button', { name: 'Kuuntele nauhoitus' });
    expect(within(screen.getByRole('region', { name: 'Meni hyvin' })).getByText('Kaikki saivat kahvia')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Meni hyvin' })).queryByRole('button', { name: 'Kuuntele nauhoitus' })).toBeNull();
    expect(saved.entries.map((e) => [e.type, e.data])).toEqual([
      ['note', { situationId: 'coffee', side: 'well', text: 'Kaikki saivat kahvia', createdAt: expect.any(Number) }],
      ['note', { situationId: 'coffee', side: 'wrong', voiceId: 'media-1', createdAt: expect.any(Number) }],
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Takaisin tilanteisiin' }));
    expect((await screen.findByRole('button', { name: /^Tarjoilemme kahvit/ })).textContent).toContain('2 muistiinpanoa');
    expect(screen.getByRole('button', { name: /^Otamme valokuvia/ }).textContent).not.toContain('muistiinpano');
  });

  it('adds the group’s own situation card with a picture', async () => {
    const saved = new SavedAnswers();
    render(<KindHarness View={View} exercise={exercise} members={members} saved={saved} media={memoryMedia()} />);
    fireEvent.input(screen.getByLabelText('Kirjoita oma tilanne'), { target: { value: 'Avaamme oven vieraille' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lisää' }));
    fireEvent.click(await screen.findByRole('button', { name: /^Avaamme oven vieraille/ }));
    const picker = (await screen.findByLabelText('Ota kuva tai valitse kuva')) as HTMLInputElement;
    Object.defineProperty(picker, 'files', { value: [new File(['jpeg'], 'ovi.jpg', { type: 'image/jpeg' })], configurable: true });
    fireEvent.change(picker);
    await screen.findByLabelText('Vaihda kuva');
    expect(screen.getByRole('img', { name: 'Kuva tilanteesta' })).toBeTruthy();
    addNote('Meni pieleen', 'Kirjoita, mikä meni pieleen', 'Ovi oli lukossa');
    await screen.findByText('Ovi oli lukossa');
    const card = saved.entries.find((e) => e.type === 'situation')!;
    expect(card.data).toEqual({ text: 'Avaamme oven vieraille', photoId: 'media-1', createdAt: expect.any(Number) });
    expect(saved.entries.find((e) => e.type === 'note')?.data).toMatchObject({ situationId: card.key, side: 'wrong' });
  });

  it('ticks what helps to succeed and adds the group’s own rows to the list', async () => {
    const saved = new SavedAnswers();
    render(<KindHarness View={View} exercise={exercise} members={members} saved={saved} initialStep="situation-coffee" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Mietimme, mikä auttaa' }));
    await screen.findByRole('heading', { name: 'Mikä auttaa onnistumaan?' });
    expect(screen.getByRole('button', { name: '2. Mikä auttaa?' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Jokainen tietää oman työnsä.' }));
    fireEvent.input(screen.getByLabelText('Kirjoita oma asia'), { target: { value: 'Varaamme kahvia tarpeeksi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lisää listaan' }));
    await waitFor(() => expect((screen.getByRole('checkbox', { name: 'Varaamme kahvia tarpeeksi' }) as HTMLInputElement).checked).toBe(true));
    expect((screen.getByRole('checkbox', { name: 'Jokainen tietää oman työnsä.' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Harjoittelemme etukäteen.' }) as HTMLInputElement).checked).toBe(false);
    const own = saved.entries.find((e) => e.type === 'helper')!;
    expect(saved.entries.map((e) => [e.type, e.key, e.data])).toEqual([
      ['tick', 'know-task', { ticked: true }],
      ['helper', own.key, { text: 'Varaamme kahvia tarpeeksi', createdAt: expect.any(Number) }],
      ['tick', own.key, { ticked: true }],
    ]);
    // Participants never remove; a support person can.
    expect(screen.queryByRole('button', { name: /^Poista/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '1. Tilanteet' }));
    await screen.findByRole('button', { name: /^Tarjoilemme kahvit/ });
  });

  it('lets a support person remove a note', async () => {
    const saved = new SavedAnswers();
    render(<KindHarness View={View} exercise={exercise} members={members} saved={saved} initialStep="situation-photos" isSupport />);
    addNote('Meni hyvin', 'Kirjoita, mikä meni hyvin', 'Hyviä kuvia');
    fireEvent.click(await screen.findByRole('button', { name: /^Poista.*Hyviä kuvia/ }));
    await waitFor(() => expect(screen.queryByText('Hyviä kuvia')).toBeNull());
    expect(saved.entries).toEqual([]);
  });
});
