// The tablet's storage is full while a tap is saved: the app says so in easy words, the screen shows
// what is really kept (the tap that could not be saved is not shown as if it were), and what was saved
// before is still there. The database is the real one (fake-indexeddb) with the browser's own error.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KindHost } from '../../src/app/parts/KindHost';
import { Notices } from '../../src/app/parts/Notices';
import { startBoards } from '../../src/content/startBoards';
import { dismissProblem } from '../../src/state/errorStore';
import { useDatabase } from '../../src/storage/db';
import { listExerciseEntries } from '../../src/storage/repositories/entries';

const coffee = startBoards.find((b) => b.id === 'start-coffee')!;
const pressed = (name: string) => screen.getByRole('button', { name }).getAttribute('aria-pressed');

/** What the browser does with a write when its storage is full. */
const full = () => {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};

afterEach(() => {
  dismissProblem();
  vi.restoreAllMocks();
});

describe('storage full while saving an answer', () => {
  it('tells the user in easy words, shows what is kept, and loses nothing saved before', async () => {
    const database = useDatabase('storage-full');
    render(
      <>
        <KindHost groupId="g1" scope="group" exercise={coffee} step={null} onStep={() => undefined} />
        <Notices route={{ name: 'start' }} />
      </>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Yhdistys maksaa' }));
    await waitFor(async () => expect((await listExerciseEntries('g1', 'start-coffee')).map((e) => e.key)).toEqual(['association-pays']));

    // The error itself goes to the console for a developer, not to the screen.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // From now on the browser refuses every write, as it does when the storage is full.
    database.entrySets.hook('creating', full);
    database.entrySets.hook('updating', full);
    fireEvent.click(screen.getByRole('button', { name: 'Jokainen maksaa itse' }));

    // The notice reads sentence by sentence (each in its own span).
    for (const sentence of ['Tabletin muisti on täynnä.', 'Tallentaminen ei onnistunut.', 'Pyydä tukihenkilöltä apua.']) {
      expect((await screen.findAllByText(sentence)).length).toBeGreaterThan(0);
    }
    await waitFor(() => expect(pressed('Jokainen maksaa itse')).toBe('false'));
    expect(String(logged.mock.calls[0]?.[0])).toContain('QuotaExceededError');
    expect(pressed('Yhdistys maksaa')).toBe('true');
    const kept = await listExerciseEntries('g1', 'start-coffee');
    expect(kept.map((e) => [e.key, e.data])).toEqual([['association-pays', { chosen: true }]]);

    // Once there is room again, the same tap is saved.
    database.entrySets.hook('creating').unsubscribe(full);
    database.entrySets.hook('updating').unsubscribe(full);
    fireEvent.click(screen.getByRole('button', { name: 'Jokainen maksaa itse' }));
    await waitFor(async () => expect((await listExerciseEntries('g1', 'start-coffee')).map((e) => e.key).sort()).toEqual(['association-pays', 'each-pays']));
    expect(pressed('Jokainen maksaa itse')).toBe('true');
  }, 20_000);
});
