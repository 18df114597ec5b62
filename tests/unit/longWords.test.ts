import { describe, expect, it } from 'vitest';
import { longestWord, tileWordRoom } from '../../src/ui/longWords';

describe('tiles with long words', () => {
  it('count the letters of the longest word', () => {
    expect(longestWord(['Laulaminen', 'Tietokonetaidot'])).toBe(15);
    // ä is one letter, an emoji one too; a word is what stands between spaces, slashes and hyphens.
    expect(longestWord(['Järjestäjä', 'Leipominen 🥐 ja kahvi'])).toBe(10);
    expect(longestWord(['Ääni/kuva-tallenne'])).toBe(8);
    expect(longestWord([])).toBe(0);
  });

  it('are marked two a row on a phone from 11 letters, and get room for their longest word', () => {
    expect(tileWordRoom(['Suunnittelu']).class).toBe('picture-choices--long-words');
    expect(tileWordRoom(['Laulaminen', 'Ilo']).class).toBe('');
    // Where nothing measures text (Node): 0.75rem a letter and the tile's 1.3rem.
    expect(tileWordRoom(['Tietokonetaidot', 'Ilo']).style).toEqual({ '--word-room': '12.55rem' });
    expect(tileWordRoom([]).style).toEqual({ '--word-room': '1.30rem' });
  });
});
