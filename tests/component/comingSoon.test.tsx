// An exercise whose kind is not built gets a friendly card with a listen button, not a crash.
// (Every kind of the ten meetings is built today; this keeps the fallback working for new kinds.)
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ComingSoon } from '../../src/kinds/ComingSoon';

describe('coming soon', () => {
  it('shows the picture, the words and a listen button', () => {
    render(<ComingSoon />);
    expect(screen.getByText(/Tämä tehtävä tulee sovellukseen pian./)).toBeTruthy();
    expect(document.querySelector('img[data-pictogram="coming-soon"]')).not.toBeNull();
    expect(screen.getByRole('button', { name: /Kuuntele/ })).toBeTruthy();
  });
});
