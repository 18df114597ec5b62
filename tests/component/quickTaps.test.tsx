// Quick taps on a picture board, through the app's own exercise host and the database (in memory):
// a second tap starts from the first one even before it is read back from disk.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { KindHost } from '../../src/app/parts/KindHost';
import { findExercise } from '../../src/content/lookup';
import { startBoards } from '../../src/content/startBoards';
import { useDatabase } from '../../src/storage/db';
import { listExerciseEntries } from '../../src/storage/repositories/entries';
import { addPerson } from '../../src/storage/repositories/people';

const coffee = startBoards.find((b) => b.id === 'start-coffee')!;
const pressed = (name: string) => screen.getByRole('button', { name }).getAttribute('aria-pressed');

describe('quick taps', () => {
  it('two quick taps turn a picture on and off again, and a quick tap on another picture is kept too', async () => {
    useDatabase('quick-taps');
    render(<KindHost groupId="g1" scope="group" exercise={coffee} step={null} onStep={() => undefined} />);
    await screen.findByRole('button', { name: 'Yhdistys maksaa' });

    fireEvent.click(screen.getByRole('button', { name: 'Yhdistys maksaa' }));
    expect(pressed('Yhdistys maksaa')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Yhdistys maksaa' }));
    fireEvent.click(screen.getByRole('button', { name: 'Jokainen maksaa itse' }));
    expect(pressed('Yhdistys maksaa')).toBe('false');
    expect(pressed('Jokainen maksaa itse')).toBe('true');

    // On disk, in the end, as shown.
    await waitFor(async () => {
      const saved = await listExerciseEntries('g1', 'start-coffee');
      expect(saved.map((e) => [e.key, e.data]).sort()).toEqual([
        ['association-pays', { chosen: false }],
        ['each-pays', { chosen: true }],
      ]);
    });
    expect(pressed('Yhdistys maksaa')).toBe('false');
    expect(pressed('Jokainen maksaa itse')).toBe('true');
  });
});

/** An exercise of a meeting through the app's own host, its steps followed as the app does. */
function MeetingExercise({ exerciseId }: { readonly exerciseId: string }) {
  const [step, setStep] = useState<string | null>(null);
  const found = findExercise(exerciseId)!;
  return <KindHost groupId="g1" scope={found.meeting.id} exercise={found.exercise} step={step} onStep={setStep} />;
}

describe('quick taps in a member’s turn', () => {
  it('two quick taps in the self-evaluation (a face, then a topic) both count, on screen at once and on disk in the end', async () => {
    useDatabase('quick-taps-self-evaluation');
    const anna = await addPerson('g1', { name: 'Anna', colour: 'blue', avatar: 'avatar-cat', role: 'participant' });
    await addPerson('g1', { name: 'Ben', colour: 'red', avatar: 'avatar-dog', role: 'participant' });
    render(<MeetingExercise exerciseId="m10-self-evaluation" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Aloita' }));
    await screen.findByText('Kysymys 1 / 6');
    fireEvent.click(screen.getByRole('button', { name: /^Anna/ }));
    await screen.findByRole('heading', { name: 'Anna, mitä sinä teit itse?' });

    // The second tap comes before the first is read back from disk: it starts from the first.
    fireEvent.click(screen.getByRole('button', { name: 'Hyvä mieli' }));
    fireEvent.click(screen.getByRole('button', { name: 'Kahvit' }));
    expect(pressed('Hyvä mieli')).toBe('true');
    expect(pressed('Kahvit')).toBe('true');
    await waitFor(async () => {
      const saved = await listExerciseEntries('g1', 'm10-self-evaluation');
      expect(saved.filter((e) => !e.deleted && e.key.includes(anna.id)).map((e) => e.data)).toEqual([expect.objectContaining({ face: 'good', topics: ['coffee'] })]);
    });
    expect(pressed('Hyvä mieli')).toBe('true');
    expect(pressed('Kahvit')).toBe('true');
  });
});
