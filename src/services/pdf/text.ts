// Text for paper: cleaned to what the embedded font can draw, and wrapped to a width. Pure.

/** How wide a text is at a size, in points (the engine measures with the embedded font). */
export interface TextMetrics {
  width(text: string, size: number, bold: boolean): number;
}

/** A piece of a line in one weight, starting `x` points from the line's start. */
export interface Segment {
  readonly text: string;
  readonly bold: boolean;
  readonly x: number;
}

export interface Line {
  readonly segments: readonly Segment[];
  readonly width: number;
}

export interface Run {
  readonly text: string;
  readonly bold: boolean;
}

// Used only when the font has no glyph of its own for the character.
const lookalikes: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2026': '...',
  '\u00a0': ' ',
};

/**
 * The text with every character the font can draw: line breaks kept, tabs and odd spaces made spaces,
 * a letter the font lacks written without its accent ("ł" stays, "ǅ" → "Dž" → "Dz"), emoji and other
 * symbols the font lacks left out. ä ö å and “ ” – — are in the font and stay as they are.
 */
export function cleanText(text: string, hasGlyph: (codePoint: number) => boolean): string {
  let out = '';
  for (const char of text.normalize('NFC').replace(/\r\n?/g, '\n')) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\n') out += char;
    else if (/\s/u.test(char)) out += ' ';
    else if (/\p{Cc}|\p{Cf}/u.test(char)) continue;
    else if (hasGlyph(code)) out += char;
    else if (lookalikes[char] !== undefined) out += lookalikes[char];
    else {
      const base = char.normalize('NFKD').replace(/\p{M}/gu, '');
      if (base && [...base].every((c) => hasGlyph(c.codePointAt(0) ?? 0))) out += base;
    }
  }
  return out;
}

interface Word {
  readonly text: string;
  readonly bold: boolean;
}

/** A word wider than the line, cut into pieces that fit (a long web address, a name without spaces). */
function cut(word: Word, width: number, size: number, metrics: TextMetrics): Word[] {
  const pieces: Word[] = [];
  let piece = '';
  for (const char of word.text) {
    if (piece && metrics.width(piece + char, size, word.bold) > width) {
      pieces.push({ text: piece, bold: word.bold });
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push({ text: piece, bold: word.bold });
  return pieces;
}

function lineOf(words: readonly Word[], size: number, metrics: TextMetrics): Line {
  const segments: Segment[] = [];
  let x = 0;
  words.forEach((word, index) => {
    if (index > 0) x += metrics.width(' ', size, word.bold);
    const last = segments.at(-1);
    if (last && last.bold === word.bold) segments[segments.length - 1] = { ...last, text: `${last.text} ${word.text}` };
    else segments.push({ text: word.text, bold: word.bold, x });
    x += metrics.width(word.text, size, word.bold);
  });
  return { segments, width: x };
}

/** Lines of at most `width` points; "\n" starts a new line, an empty line stays as an empty line. */
export function wrap(runs: readonly Run[], width: number, size: number, metrics: TextMetrics): Line[] {
  const paragraphs: Word[][] = [[]];
  for (const run of runs) {
    run.text.split('\n').forEach((part, index) => {
      if (index > 0) paragraphs.push([]);
      const words = part.split(' ').filter(Boolean);
      paragraphs.at(-1)?.push(...words.map((text) => ({ text, bold: run.bold })));
    });
  }
  const lines: Line[] = [];
  for (const words of paragraphs) {
    let current: Word[] = [];
    let used = 0;
    for (const word of words.flatMap((w) => (metrics.width(w.text, size, w.bold) > width ? cut(w, width, size, metrics) : [w]))) {
      const wordWidth = metrics.width(word.text, size, word.bold);
      const added = current.length > 0 ? metrics.width(' ', size, word.bold) + wordWidth : wordWidth;
      if (current.length > 0 && used + added > width) {
        lines.push(lineOf(current, size, metrics));
        current = [word];
        used = wordWidth;
      } else {
        current.push(word);
        used += added;
      }
    }
    lines.push(lineOf(current, size, metrics));
  }
  return lines;
}
