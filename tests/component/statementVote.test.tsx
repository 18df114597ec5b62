import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { findExercise } from '../../src/content/lookup';
import type { ExerciseOf } from '../../src/content/types';
import { View } from '../../src/kinds/statementVote/View';
import { KindHarness, memberNamed, SavedAnswers } from './harness';

const exercise = findExercise('m02-agree')!.exercise as ExerciseOf<'statementVote'>;
const members = [memberNamed('Anna', 'avatar-cat'), memberNamed('Ben', 'avatar-dog'), memberNamed('Cai', 'avatar-fox')];

async function vote(name: string, answer: RegExp) {
  fireEvent.click(screen.getByRole('button', { name: new RegExp(`^${name}`) }));
  await screen.findByRole('heading', { name: `${name}, mitä mieltä sinä olet?` });
  fireEvent.click(screen.getByRole('button', { name: answer }));
  await screen.findByRole('heading', { name: /Kuka äänestää/ });
}

describe('Yhtä mieltä? (statement vote)', () => {
  it('lets each member vote in turn, shows the tally and makes the agreed statements rules', async () => {
    const saved = new SavedAnswers();
    render(<KindHarness View={View} exercise={exercise} members={members} saved={saved} />);

    expect(screen.getByText('Väite 1 / 11')).toBeTruthy();
    expect(screen.getByText('Hyvä kaveri kuuntelee, kun minä puhun.')).toBeTruthy();

    await vote('Anna', /Kyllä, olen samaa mieltä/);
    await vote('Ben', /Kyllä, olen samaa mieltä/);
    await vote('Cai', /Ei, olen eri mieltä/);
    expect(screen.getByRole('button', { name: /Anna.*äänesti kyllä/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Cai.*äänesti ei/ })).toBeTruthy();
    expect(saved.entries.map((e) => [e.key, e.data])).toEqual([
      ['listens:anna', { vote: 'yes' }],
      ['listens:ben', { vote: 'yes' }],
      ['listens:cai', { vote: 'no' }],
    ]);

    // Anna changes her mind on the second statement: the last vote counts.
    fireEvent.click(screen.getByRole('button', { name: 'Seuraava väite' }));
    await screen.findByText('Väite 2 / 11');
    await vote('Anna', /Kyllä, olen samaa mieltä/);
    await vote('Anna', /Ei, olen eri mieltä/);
    expect(saved.entries.filter((e) => e.key === 'never-disagree:anna').map((e) => e.data)).toEqual([{ vote: 'no' }]);

    fireEvent.click(screen.getByRole('button', { name: 'Edellinen väite' }));
    await screen.findByText('Väite 1 / 11');

    // On to the end through the buttons, as a group would.
    for (let n = 1; n <= 11; n += 1) {
      const next = await screen.findByRole('button', { name: n === 11 ? 'Katso tulokset' : 'Seuraava väite' });
      fireEvent.click(next);
    }
    await screen.findByText(/Tässä ovat tulokset/);
    const results = screen.getAllByRole('listitem').filter((li) => li.classList.contains('result'));
    expect(results).toHaveLength(11);
    const first = within(results[0]!);
    expect(first.getByText('2 sanoi kyllä.')).toBeTruthy();
    expect(first.getByText('1 sanoi ei.')).toBeTruthy();
    expect(first.getByText('Olemme samaa mieltä.')).toBeTruthy();
    const second = within(results[1]!);
    expect(second.getByText('Kukaan ei sanonut kyllä.')).toBeTruthy();
    expect(second.queryByText('Olemme samaa mieltä.')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Tehdään tästä sääntö' }));
    await screen.findByText(/Säännöt on tehty/);
    expect(saved.entries.filter((e) => e.type === 'rule').map((e) => e.data)).toEqual([{ statementId: 'listens', order: 1 }]);
    expect(screen.getByRole('link', { name: /Katso säännöt/ }).getAttribute('href')).toBe('#/g/g/rules');
  });

  it('reads the statement aloud when its card is tapped', () => {
    const readAloud = vi.fn<(root: Element) => void>();
    const saved = new SavedAnswers();
    render(
      <KindHarness View={View} exercise={exercise} members={members} saved={saved} initialStep="4" speech={{ readAloud, sayTapped: () => undefined, sayTurn: () => undefined, currentSentence: null, isSpeaking: false }} />,
    );
    fireEvent.click(screen.getByText('Kaveria pitää suudella.'));
    expect(readAloud).toHaveBeenCalledTimes(1);
    expect((readAloud.mock.calls[0]![0] as Element).textContent).toContain('Kaveria pitää suudella.');
  });

  it('asks for members first when the group has none', () => {
    render(<KindHarness View={View} exercise={exercise} members={[]} saved={new SavedAnswers()} />);
    expect(screen.getByText(/Lisää jäsenet ensin/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /Jäsenet/ }).getAttribute('href')).toBe('#/g/g/members');
  });
});

describe('keyboard and switch use', () => {
  it('moves focus to the choice, and back to the voter’s picture after voting', async () => {
    render(<KindHarness View={View} exercise={exercise} members={members} saved={new SavedAnswers()} />);
    fireEvent.click(screen.getByRole('button', { name: /^Ben/ }));
    const heading = await screen.findByRole('heading', { name: 'Ben, mitä mieltä sinä olet?' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    fireEvent.click(screen.getByRole('button', { name: /Kyllä, olen samaa mieltä/ }));
    const ben = await screen.findByRole('button', { name: /^Ben.*äänesti kyllä/ });
    await waitFor(() => expect(document.activeElement).toBe(ben));
  });
});
