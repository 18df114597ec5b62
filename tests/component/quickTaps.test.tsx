// Quick taps on a picture board, through the app's own exercise host and the database (in memory):
// a second tap starts from the first one even before it is read back from disk.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { KindHost } from '../../src/app/parts/KindHost';
import { startBoards } from '../../src/content/startBoards';
import { useDatabase } from '../../src/storage/db';
import { listExerciseEntries } from '../../src/storage/repositories/entries';

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
