// The PDF layout without pdf-lib: wrapping, cleaning text for the font, and page breaks that never
// split a row, never leave a heading alone at a page's foot, and number every page.
import { describe, expect, it } from 'vitest';
import { jpegSize } from '../../src/services/pdf/assets';
import type { DocumentSpec } from '../../src/services/pdf/builder';
import { layOut, type Draw } from '../../src/services/pdf/layout';
import { recordOps } from '../../src/services/pdf/ops';
import { paperStyles, posterScales, scaled } from '../../src/services/pdf/styles';
import { cleanText, wrap } from '../../src/services/pdf/text';
import { photoFiles, pictogramPng } from './pdfAssets';

// Every character is half its size wide: easy sums.
const metrics = { width: (text: string, size: number) => [...text].length * size * 0.5 };
const style = paperStyles.page;
const bottom = style.pageHeight - style.margin - style.footer;
const pages = (write: DocumentSpec['write']) =>
  layOut({ ops: recordOps({ fileName: 'x', style: 'page', write }), style, metrics, imageSize: () => ({ width: 100, height: 100 }) });
const texts = (page: readonly Draw[]) => page.flatMap((d) => (d.kind === 'text' ? [d.text] : []));
const find = (all: readonly Draw[][], text: string) => all.findIndex((page) => texts(page).some((t) => t.includes(text)));

describe('wrap', () => {
  it('breaks at spaces within the width, keeps "\\n" and cuts a word wider than the line', () => {
    const lines = wrap([{ text: 'aa bb cc\ndd eeeeeeeeee', bold: false }], 30, 10, metrics);
    expect(lines.map((l) => l.segments.map((s) => s.text).join('|'))).toEqual(['aa bb', 'cc', 'dd', 'eeeeee', 'eeee']);
  });

  it('keeps a bold label and its value on one line as two pieces', () => {
    const [line] = wrap([{ text: 'Aika:', bold: true }, { text: 'maanantaina', bold: false }], 500, 10, metrics);
    expect(line?.segments).toEqual([
      { text: 'Aika:', bold: true, x: 0 },
      { text: 'maanantaina', bold: false, x: 30 },
    ]);
  });
});

const latin = (code: number) => code < 0x250 || [0x2013, 0x2014, 0x201c, 0x201d].includes(code);

describe('cleanText', () => {
  it('keeps Finnish and Swedish letters and typographic marks the font has', () => {
    expect(cleanText('Äiti, Öljy, Åsa – “hei” — ok', latin)).toBe('Äiti, Öljy, Åsa – “hei” — ok');
  });
  it('writes what the font lacks another way, and leaves out emoji and control characters', () => {
    expect(cleanText('Kiitos 🎉\u0007 ‘no’ a\tb …', latin)).toBe("Kiitos  'no' a b ...");
    expect(cleanText('Ḱ', latin)).toBe('K');
  });
});

describe('page breaks', () => {
  it('moves a heading to the next page with its first line rather than leave it at the foot', () => {
    // Page 1 filled to every height: at some of them only the heading would still fit.
    const pageCounts = new Set<number>();
    for (let filler = 1; filler < 60; filler += 1) {
      const all = pages((doc) => {
        doc.paragraph(Array.from({ length: filler }, (_, i) => `rivi ${i}`).join('\n'));
        doc.heading('Otsikko');
        doc.paragraph('Teksti otsikon alla');
      });
      pageCounts.add(all.length);
      expect(find(all, 'Otsikko'), `${filler} lines`).toBe(find(all, 'Teksti otsikon alla'));
    }
    expect([...pageCounts]).toEqual([1, 2]);
  });

  it('never splits a picture+text row across pages', () => {
    const long = Array.from({ length: 6 }, (_, i) => `sana${i}`).join(' ').repeat(4);
    for (let filler = 20; filler < 40; filler += 1) {
      const all = pages((doc) => {
        for (let i = 0; i < filler; i += 1) doc.paragraph(`täyte ${i}`);
        doc.row('idea', `RIVI ${long}`);
      });
      const rowPage = all[find(all, 'RIVI')] ?? [];
      const rowImage = rowPage.find((d) => d.kind === 'image');
      const lastLine = rowPage.filter((d) => d.kind === 'text' && d.size === style.bodySize).at(-1);
      expect(rowImage && rowImage.kind === 'image' ? rowImage.top + rowImage.height : 0).toBeLessThanOrEqual(bottom);
      expect(lastLine?.kind === 'text' ? lastLine.baseline : 0).toBeLessThanOrEqual(bottom);
    }
  });

  it('starts a new page on pageBreak, never leaves an empty page, and numbers every page', () => {
    const all = pages((doc) => {
      doc.pageBreak();
      doc.title('Todistus: Anna');
      doc.pageBreak();
      doc.pageBreak();
      doc.title('Todistus: Ben');
    });
    expect(all.map(texts)).toEqual([
      ['Todistus: Anna', '1 / 2'],
      ['Todistus: Ben', '2 / 2'],
    ]);
  });

  it('keeps everything inside the margins', () => {
    const all = pages((doc) => {
      doc.title('Otsikko', 'memo');
      doc.people(Array.from({ length: 14 }, (_, i) => ({ name: `Henkilö numero ${i}`, avatar: 'avatar-cat' as const, colourHex: '#c62828' })));
      doc.photos(['a', 'b', 'c']);
      doc.list(['yksi', 'kaksi'], 'tick');
      doc.field('Aika', 'maanantaina');
    });
    const boxes = all.flat().flatMap((d) => (d.kind === 'image' || d.kind === 'box' ? [d] : []));
    // The title picture, 14 avatars, 3 photos, 2 tick boxes.
    expect(boxes).toHaveLength(1 + 14 + 3 + 2);
    const outside = boxes.filter((d) => d.x < style.margin - 0.01 || d.x + d.width > style.pageWidth - style.margin + 0.01 || d.top + d.height > bottom + 0.01);
    expect(outside).toEqual([]);
  });
});

describe('sizes', () => {
  it('keeps body text at 14 pt or more, also on the smallest poster', () => {
    expect(paperStyles.page.bodySize).toBeGreaterThanOrEqual(14);
    expect(scaled(paperStyles.poster, posterScales.at(-1) ?? 1).bodySize).toBeGreaterThanOrEqual(14);
    expect(paperStyles.poster.bodySize).toBeGreaterThan(paperStyles.page.bodySize);
    expect(paperStyles.page.headingSize).toBeGreaterThan(paperStyles.page.bodySize);
  });
});

describe('jpegSize', () => {
  it('reads a JPEG’s size from its header, and knows a PNG is not one', () => {
    expect(jpegSize(photoFiles.landscape)).toEqual({ width: 400, height: 300 });
    expect(jpegSize(photoFiles.portrait)).toEqual({ width: 240, height: 320 });
    expect(jpegSize(pictogramPng)).toBeNull();
    expect(jpegSize(photoFiles.landscape.subarray(0, 20))).toBeNull();
  });
});
