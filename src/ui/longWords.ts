// A picture tile must be as wide as its longest word, or the word breaks inside it ("Tietokonetaid-ot").
// A set of tiles gets the room its longest word needs (--word-room, used by rounds.css and
// questionRound.css as the tiles' least width) and, when a word is too long for three tiles a row on a
// phone (about ten letters), a mark that makes it two a row there.

/** The words of the labels (between spaces, slashes and hyphens). */
const wordsOf = (labels: readonly string[]): string[] => labels.flatMap((label) => label.split(/[\s/-]+/)).filter(Boolean);

/** Letters of the longest word (letters, not UTF-16 units). */
export function longestWord(labels: readonly string[]): number {
  return Math.max(0, ...wordsOf(labels).map((word) => [...word].length));
}

let measuring: CanvasRenderingContext2D | null | undefined;

/** Measures words' widths in rem in the tiles' bold 1rem letters; null where nothing can measure. */
function measurer(): ((word: string) => number) | null {
  measuring ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  const context = measuring;
  if (!context) return null;
  // The text size setting changes the root size: measured in it, the width is the same in rem.
  const rootPx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  context.font = `700 ${rootPx}px 'Atkinson Hyperlegible Next', system-ui, sans-serif`;
  return (word) => context.measureText(word).width / rootPx;
}

/** The tiles' letters (rem) and their padding and border (rem): a round's tiles unless told. */
export interface TileLook {
  readonly fontRem: number;
  readonly paddingRem: number;
}
const roundTile: TileLook = { fontRem: 1, paddingRem: 1.3 };

/** The widest word (measured; else 0.75rem a letter) in the tiles' letters, and their padding and border. */
function roomFor(words: readonly string[], look: TileLook): string {
  const measure = measurer() ?? ((word: string) => [...word].length * 0.75);
  const widest = Math.max(0, ...words.map(measure)) * look.fontRem;
  return `${(widest + look.paddingRem).toFixed(2)}rem`;
}

type TileWordRoom = { readonly class: string; readonly style: Readonly<Record<string, string>> };
/** Rooms already measured, by text size and words (a turn asks again at every tap). */
const measured = new Map<string, TileWordRoom>();

/** The class and style for a set of picture tiles with these words. */
export function tileWordRoom(labels: readonly string[], look: TileLook = roundTile): TileWordRoom {
  const textSize = typeof document === 'undefined' ? '' : (document.documentElement.dataset['textSize'] ?? '');
  const key = `${textSize} ${look.fontRem} ${look.paddingRem}\n${labels.join('\n')}`;
  let room = measured.get(key);
  if (!room) {
    room = { class: longestWord(labels) >= 11 ? 'picture-choices--long-words' : '', style: { '--word-room': roomFor(wordsOf(labels), look) } };
    // (Kept once the app's font has loaded: measured before, the words had another font's widths.)
    if (typeof document === 'undefined' || document.fonts?.status !== 'loading') measured.set(key, room);
  }
  return room;
}
