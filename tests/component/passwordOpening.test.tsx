// A protected file: while the key is made from the password (real PBKDF2 through the real file reading),
// "Avataan…" shows with its moving bar and the button waits; a wrong password says so after it.
import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PasswordPrompt } from '../../src/app/parts/PasswordPrompt';
import { buildGroupFile } from '../../src/app/transfer/buildGroupFile';
import { readGroupFile } from '../../src/app/transfer/readGroupFile';
import { useDatabase } from '../../src/storage/db';
import { createGroup } from '../../src/storage/repositories/groups';

/** The "Avataan…" notice, while it shows. */
const opening = () => screen.queryAllByRole('status').find((s) => s.textContent?.includes('Avataan… Odota hetki.'));

describe('opening a protected file', () => {
  it('shows "Avataan…" while the key is made, then the result', async () => {
    useDatabase(`password-opening-${Date.now()}`);
    const group = await createGroup({ name: 'Salainen porukka', place: 'Kirjasto' });
    const { text } = await buildGroupFile([group.id], 'kissa ja koira');
    let wasWrong = false;
    const opened: string[] = [];
    const view = render(<PasswordPrompt wasWrong={false} onOpen={open} onCancel={() => undefined} />);
    async function open(password: string): Promise<void> {
      const outcome = await readGroupFile(text, password);
      if (outcome.ok) opened.push(outcome.file.records.groups[0]?.name ?? '');
      else wasWrong = true;
      view.rerender(<PasswordPrompt wasWrong={wasWrong} onOpen={open} onCancel={() => undefined} />);
    }

    fireEvent.input(screen.getByLabelText('Salasana'), { target: { value: 'väärä' } });
    fireEvent.click(screen.getByRole('button', { name: 'Avaa tiedosto' }));
    // While the key is made: the text, the bar, and the button waits.
    await waitFor(() => expect(opening()).toBeDefined());
    expect(opening()?.querySelector('.notice__working')).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Avaa tiedosto' })).toHaveProperty('disabled', true);
    await waitFor(() => expect(view.container.textContent).toContain('Salasana on väärä. Kirjoita salasana uudelleen.'));
    expect(opening()).toBeUndefined();
    expect(screen.getByRole('button', { name: 'Avaa tiedosto' })).toHaveProperty('disabled', false);

    fireEvent.input(screen.getByLabelText('Salasana'), { target: { value: 'kissa ja koira' } });
    fireEvent.click(screen.getByRole('button', { name: 'Avaa tiedosto' }));
    await waitFor(() => expect(opening()).toBeDefined());
    await expect.poll(() => opened).toEqual(['Salainen porukka']);
  }, 30_000);
});
