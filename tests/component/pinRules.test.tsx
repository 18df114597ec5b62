// The first PIN a support person makes: 4–8 digits. Letters or too few digits are refused in words and
// nothing is saved; the field takes no ninth digit; a PIN of 8 digits is kept.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { UnlockDialog } from '../../src/app/support/UnlockDialog';
import { pinPattern } from '../../src/domain/lock';
import { hasPin } from '../../src/services/pinLock';
import { useDatabase } from '../../src/storage/db';

let run = 0;

async function makePin(pin: string): Promise<void> {
  useDatabase(`pin-rules-${(run += 1)}`);
  render(<UnlockDialog onClose={() => undefined} />);
  await screen.findByRole('heading', { name: 'Tee PIN-koodi' });
  fireEvent.input(screen.getByLabelText('PIN-koodi'), { target: { value: pin } });
  fireEvent.input(screen.getByLabelText('PIN-koodi uudelleen'), { target: { value: pin } });
  fireEvent.click(screen.getByRole('button', { name: 'Tallenna ja avaa' }));
}

describe('making the first PIN', () => {
  it.each(['abcd', '12ab', '123'])('refuses "%s" in words and saves nothing', async (pin) => {
    await makePin(pin);
    expect(await screen.findByText('PIN-koodissa pitää olla 4–8 numeroa.')).toBeTruthy();
    expect(await hasPin()).toBe(false);
  });

  it('takes no ninth digit: the field holds at most 8, and the rule refuses 9', async () => {
    await makePin('123456789');
    expect((screen.getByLabelText('PIN-koodi') as HTMLInputElement).maxLength).toBe(8);
    expect((screen.getByLabelText('PIN-koodi uudelleen') as HTMLInputElement).maxLength).toBe(8);
    // Whatever reaches the check (a pasted value, a browser that ignores the limit) must match the rule.
    expect(pinPattern.test('123456789')).toBe(false);
    expect(pinPattern.test('12345678')).toBe(true);
  });

  it('keeps a PIN of 8 digits', async () => {
    await makePin('12345678');
    await waitFor(async () => expect(await hasPin()).toBe(true));
    expect(screen.queryByText('PIN-koodissa pitää olla 4–8 numeroa.')).toBeNull();
  });
});
