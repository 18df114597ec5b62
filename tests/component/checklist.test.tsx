import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { findExercise } from '../../src/content/lookup';
import type { ExerciseOf } from '../../src/content/types';
import { View } from '../../src/kinds/checklist/View';
import { KindHarness, SavedAnswers } from './harness';

const exercise = findExercise('m10-celebrate')!.exercise as ExerciseOf<'checklist'>;

describe('checklist', () => {
  it('ticks and unticks big picture rows and saves each change', async () => {
    const saved = new SavedAnswers();
    render(<KindHarness View={View} exercise={exercise} members={[]} saved={saved} />);
    const cake = screen.getByRole('checkbox', { name: 'Syömme kakkua ja juomme kahvia.' }) as HTMLInputElement;
    expect(cake.checked).toBe(false);
    fireEvent.click(cake);
    await screen.findByRole('checkbox', { name: 'Syömme kakkua ja juomme kahvia.', checked: true });
    expect(saved.entries.map((e) => [e.key, e.data])).toEqual([['cake', { ticked: true }]]);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Syömme kakkua ja juomme kahvia.' }));
    await screen.findByRole('checkbox', { name: 'Syömme kakkua ja juomme kahvia.', checked: false });
    expect(saved.entries.map((e) => [e.key, e.data])).toEqual([['cake', { ticked: false }]]);
    expect(screen.getAllByRole('checkbox')).toHaveLength(4);
  });
});

describe('info', () => {
  it('shows picture cards with text and marks the exercise seen once', async () => {
    const { View: InfoView } = await import('../../src/kinds/info/View');
    const saved = new SavedAnswers();
    render(<KindHarness View={InfoView} exercise={findExercise('m03-story-bailaava')!.exercise as ExerciseOf<'info'>} members={[]} saved={saved} />);
    expect(screen.getByText('Paikan piti olla esteetön, jotta kaikki pääsevät mukaan.')).toBeTruthy();
    expect(document.querySelectorAll('[data-card]')).toHaveLength(12);
    await waitFor(() => expect(saved.entries.map((e) => [e.type, e.key])).toEqual([['seen', 'seen']]));
  });
});
