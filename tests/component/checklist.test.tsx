import { fireEvent, render, screen } from '@testing-library/preact';
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
    const cake = screen.getByRole('checkbox', { name: 'Syödään kakkua ja juodaan kahvia.' }) as HTMLInputElement;
    expect(cake.checked).toBe(false);
    fireEvent.click(cake);
    await screen.findByRole('checkbox', { name: 'Syödään kakkua ja juodaan kahvia.', checked: true });
    expect(saved.entries.map((e) => [e.key, e.data])).toEqual([['cake', { ticked: true }]]);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Syödään kakkua ja juodaan kahvia.' }));
    await screen.findByRole('checkbox', { name: 'Syödään kakkua ja juodaan kahvia.', checked: false });
    expect(saved.entries.map((e) => [e.key, e.data])).toEqual([['cake', { ticked: false }]]);
    expect(screen.getAllByRole('checkbox')).toHaveLength(4);
  });
});
