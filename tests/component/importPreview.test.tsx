// The import preview: one row per kind a support person recognises (members, answers, memos, photos,
// voice notes…), each with its picture, and a plain note when something was changed on both tablets.
import { render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportPreview } from '../../src/app/parts/ImportPreview';
import { noCounts, type MergeCounts } from '../../src/domain/merge';
import { emptyReport, type MergeReport } from '../../src/domain/transfer/report';
import { changeLanguage } from '../../src/i18n/i18n';

const counts = (c: Partial<MergeCounts>): MergeCounts => ({ ...noCounts(), ...c });

const report: MergeReport = {
  ...emptyReport(),
  people: counts({ added: 2 }),
  entries: counts({ updated: 1, unchanged: 4 }),
  memos: counts({ added: 1, conflicts: 1 }),
  photos: counts({ added: 2, removed: 1 }),
  voices: counts({ updated: 1 }),
};

/** The row's text and its pictogram. */
function row(text: string): string | null {
  const sentence = screen.getByText(text);
  return sentence.closest('li')?.querySelector('img')?.getAttribute('data-pictogram') ?? null;
}

afterEach(() => changeLanguage('fi'));

describe('import preview', () => {
  it('shows new, changed and removed items per kind, memos and voice notes on rows of their own', () => {
    render(<ImportPreview groups={[{ name: 'Tiistaiporukka', isNew: false }]} report={report} />);
    expect(row('Jäsenet: 2 uutta.')).toBe('people');
    expect(row('Vastaukset: 1 muuttunut.')).toBe('tasks');
    expect(row('Muistiot: 1 uusi.')).toBe('memo');
    expect(row('Kuvat: 2 uutta, 1 poistettu.')).toBe('photo');
    expect(row('Äänitteet: 1 muuttunut.')).toBe('record');
    // Kinds with nothing to change have no row.
    expect(screen.queryByText(/^Porukat:/)).toBeNull();
    expect(screen.getAllByRole('listitem')).toHaveLength(6);
    expect(screen.getByText('1 asia oli muutettu kahdessa tabletissa.')).toBeTruthy();
  });

  it('has the same rows in Swedish and English', async () => {
    await changeLanguage('sv');
    const { unmount } = render(<ImportPreview groups={[]} report={report} />);
    expect(row('Minnesanteckningar: 1 ny.')).toBe('memo');
    expect(row('Bilder: 2 nya, 1 borttagen.')).toBe('photo');
    expect(row('Inspelningar: 1 ändrad.')).toBe('record');
    unmount();
    await changeLanguage('en');
    render(<ImportPreview groups={[]} report={report} />);
    expect(row('Memos: 1 new.')).toBe('memo');
    expect(row('Recordings: 1 changed.')).toBe('record');
  });
});
