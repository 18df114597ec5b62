// The certificates: one per participant, gathered from the journey, rewritten by the group.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { findExercise } from '../../src/content/lookup';
import type { ExerciseOf } from '../../src/content/types';
import type { Entry } from '../../src/domain/records';
import { View as CertificateView } from '../../src/kinds/certificate/View';
import { KindHarness, memberNamed, SavedAnswers } from './harness';

const exercise = findExercise('m10-certificate')!.exercise as ExerciseOf<'certificate'>;
const anna = memberNamed('Anna', 'avatar-cat');
const sari = { ...memberNamed('Sari', 'avatar-owl'), role: 'support' as const };
const source = (exerciseId: string, type: string, key: string, data: unknown): Entry => ({
  id: `g/${exerciseId}/${type}/${key}`, groupId: 'g', meetingId: 'm08', exerciseId, type, key, data, updatedAt: '2026-11-23T10:00:00.000Z_0000', deviceId: 'd', deleted: false,
});
const sources = [
  source('m04-idea-storm', 'goal', 'goal', { ref: 'c1', exerciseId: 'm04-idea-storm', card: { areaId: 'wishes', text: 'Tanssi-ilta pihalla', createdAt: 1 } }),
  source('m08-tasks', 'task', 't1', { text: 'Keitetään kahvit', createdAt: 1 }),
  source('m08-tasks', 'doer', `t1:${anna.id}`, { does: true }),
  source('m09-event-day', 'tick', 't1', { ticked: true }),
  source('partners', 'partner', 'k1', { name: 'Liisa', organisation: 'Kirjasto', offers: '', phone: '', email: '', ways: [], meetingIds: [], tasks: '', createdAt: 1 }),
];

describe('certificate', () => {
  it('shows each participant’s certificate from the journey, and keeps the group’s own words', async () => {
    const saved = new SavedAnswers();
    render(<KindHarness View={CertificateView} exercise={exercise} members={[anna, sari]} saved={saved} sources={sources} />);
    const card = screen.getByRole('article', { name: 'Todistus: Anna' });
    expect(screen.queryByRole('article', { name: 'Todistus: Sari' })).toBeNull();
    expect(within(card).getByText('Tanssi-ilta pihalla')).toBeTruthy();
    expect(within(card).getAllByText('Keitetään kahvit')).toHaveLength(2); // the group's and Anna's own
    expect(within(card).getByText('Liisa (Kirjasto)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Muokkaa todistusta' }));
    const achievements = await screen.findByLabelText('Mitä porukka sai aikaan? Yksi asia yhdelle riville.');
    expect((achievements as HTMLTextAreaElement).value).toBe('Tanssi-ilta pihalla\nKeitetään kahvit');
    fireEvent.input(achievements, { target: { value: 'Tanssi-ilta pihalla\nKeitetään kahvit\nSaatiin 40 vierasta' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    const edited = await screen.findByRole('article', { name: 'Todistus: Anna' });
    expect(within(edited).getByText('Saatiin 40 vierasta')).toBeTruthy();
    expect(saved.entries.find((e) => e.key === 'achievements')?.data).toEqual({ value: 'Tanssi-ilta pihalla\nKeitetään kahvit\nSaatiin 40 vierasta' });
    fireEvent.click(screen.getByRole('button', { name: 'Todistukset ovat valmiit' }));
    await waitFor(() => expect(saved.entries.some((e) => e.type === 'ready')).toBe(true));
  });
});
