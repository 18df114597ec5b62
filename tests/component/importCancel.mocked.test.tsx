// A protected file takes seconds to open on a tablet. "Peru" while "Avataan…" shows cancels it: when
// its answer comes, the cancelled file does not come back, not even over another file picked meanwhile.
// (The test holds back the protected file's answer; the other file goes through the app's own reading,
// preview and database.)
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type * as reading from '../../src/app/transfer/readGroupFile';
import { ImportScreen } from '../../src/app/screens/ImportScreen';
import { buildGroupFile } from '../../src/app/transfer/buildGroupFile';
import { useDatabase } from '../../src/storage/db';
import { createGroup } from '../../src/storage/repositories/groups';

const locked = 'LOCKED';
/** The protected file's answer (its key made: here, a wrong password), given when the test says so. */
const held: { answer?: Promise<reading.ReadOutcome>; give?: () => void } = {};

vi.mock('../../src/app/transfer/readGroupFile', async (original) => {
  const real = await original<typeof reading>();
  return {
    ...real,
    readGroupFile: (text: string, password?: string): Promise<reading.ReadOutcome> => {
      if (text !== locked) return real.readGroupFile(text, password);
      if (password === undefined) return Promise.resolve({ ok: false, needsPassword: true });
      held.answer = new Promise((resolve) => (held.give = () => resolve({ ok: false, error: { kind: 'wrongPassword' } })));
      return held.answer;
    },
  };
});

async function pick(name: string, text: string): Promise<void> {
  const input = (await screen.findByLabelText('Valitse tiedosto')) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  fireEvent.change(input);
}

describe('cancelling a protected file while it opens', () => {
  it('keeps the file picked after "Peru" on screen when the cancelled file answers', async () => {
    useDatabase(`import-cancel-${Math.random()}`);
    const other = await createGroup({ name: 'Toinen porukka', place: '' });
    const otherFile = (await buildGroupFile([other.id])).text;
    render(<ImportScreen route={{ name: 'import' }} />);

    await pick('salainen.porukka.json', locked);
    fireEvent.input(await screen.findByLabelText('Salasana'), { target: { value: 'kissa' } });
    fireEvent.click(screen.getByRole('button', { name: 'Avaa tiedosto' }));
    await waitFor(() => expect(screen.getAllByRole('status').some((s) => s.textContent?.includes('Avataan… Odota hetki.'))).toBe(true));

    // "Peru", and another file instead: its preview shows.
    fireEvent.click(screen.getByRole('button', { name: 'Peru' }));
    await pick('toinen.porukka.json', otherFile);
    await screen.findByRole('button', { name: 'Tuo tiedot' });

    // The cancelled file answers ("wrong password"): the app has taken the answer before this test
    // does (it asked first), and the screen is drawn; the other file's preview is still there.
    held.give?.();
    await act(async () => {
      await held.answer;
    });
    expect(screen.queryByText(/Salasana on väärä/)).toBeNull();
    expect(screen.queryByLabelText('Salasana')).toBeNull();
    expect(screen.getByRole('button', { name: 'Tuo tiedot' })).toBeTruthy();
    expect(document.body.textContent).toContain('Toinen porukka');
  }, 20_000);
});
