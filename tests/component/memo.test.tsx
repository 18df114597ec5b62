// The memo: written part by part (saved at once), read as a picture page, listed per meeting.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { memoExercise } from '../../src/content/memos';
import type { Entry } from '../../src/domain/records';
import { View as MemoView } from '../../src/kinds/memo/View';
import { KindHarness, memberNamed, memoryMedia, SavedAnswers } from './harness';

const members = [memberNamed('Anna', 'avatar-cat'), memberNamed('Ben', 'avatar-dog')];
const partner: Entry = {
  id: 'g/partners/partner/k1', groupId: 'g', meetingId: 'group', exerciseId: 'partners', type: 'partner', key: 'k1',
  data: { name: 'Liisa', organisation: 'Kirjasto', offers: '', phone: '', email: '', ways: [], meetingIds: [], tasks: '', createdAt: 1 },
  updatedAt: '2026-11-23T10:00:00.000Z_0000', deviceId: 'd', deleted: false,
};
const memoData = (saved: SavedAnswers) => saved.entries.find((e) => e.type === 'memo')?.data as Record<string, unknown> | undefined;

describe('memo', () => {
  it('is written part by part with members, partners and tasks, and read back as a page', async () => {
    const saved = new SavedAnswers();
    render(<KindHarness View={MemoView} exercise={memoExercise('m07')} members={members} saved={saved} sources={[partner]} media={memoryMedia()} />);
    expect(screen.getByText('0 muistiota')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Uusi muistio' }));
    fireEvent.input(await screen.findByLabelText('Tapaamisen aihe'), { target: { value: 'Kirjaston tila' } });
    fireEvent.click(screen.getByRole('button', { name: 'Anna', pressed: false }));
    fireEvent.click(screen.getByRole('button', { name: 'Liisa' }));
    fireEvent.input(screen.getByLabelText('Mistä puhuimme?'), { target: { value: 'Salista' } });
    fireEvent.input(screen.getByLabelText('Mitä sovimme?'), { target: { value: 'Saamme salin maanantaisin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lisää työ' }));
    fireEvent.input(await screen.findByLabelText('Työ 1'), { target: { value: 'Soita Liisalle' } });
    const who = screen.getByRole('group', { name: 'Kuka tekee?' });
    fireEvent.click(within(who).getByRole('button', { name: 'Ben' }));
    fireEvent.input(screen.getByLabelText('Seuraava tapaaminen tai yhteydenotto'), { target: { value: 'Maanantaina' } });
    // Saved at once, before "Valmis".
    await waitFor(() => expect(memoData(saved)).toMatchObject({ topic: 'Kirjaston tila', partnerKeys: ['k1'], agreed: 'Saamme salin maanantaisin', tasks: [{ text: 'Soita Liisalle', personIds: [members[1]!.id] }], next: 'Maanantaina' }));
    expect(memoData(saved)?.['personIds']).toEqual([members[0]!.id]);
    fireEvent.click(screen.getByRole('button', { name: 'Valmis' }));
    const page = await screen.findByRole('article', { name: 'Kirjaston tila' });
    expect(within(page).getByText('Saamme salin maanantaisin')).toBeTruthy();
    expect(within(page).getByText('Soita Liisalle')).toBeTruthy();
    expect(within(page).getByText('Liisa')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Kaikki muistiot' }));
    expect(await screen.findByText('1 muistio')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Kirjaston tila/ })).toBeTruthy();
  });

  it('says what is not written yet, and hides removing from participants', async () => {
    const saved = new SavedAnswers();
    render(<KindHarness View={MemoView} exercise={memoExercise('m03')} members={members} saved={saved} media={memoryMedia()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Uusi muistio' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Valmis' }));
    const page = await screen.findByRole('article', { name: 'Muistio' });
    expect(within(page).getAllByText('Ei vielä tekstiä.').length).toBe(4);
    expect(screen.queryByRole('button', { name: 'Poista muistio' })).toBeNull();
  });
});
