// The PDF engine's kept work: a WOFF font unwrapped once to the TrueType file it holds (fontkit would
// inflate it again for every document), and a pictogram decoded and compressed once and embedded again
// in the next document unchanged. Both read back with poppler as before.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as fontkitModule from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import type { PdfAssets } from '../../src/services/pdf/assets';
import type { DocumentSpec } from '../../src/services/pdf/builder';
import { woffToSfnt } from '../../src/services/pdf/assets';
import { makePdf } from '../../src/services/pdf/engine';
import { nodeAssets, pictogramPng, readBack } from './pdfAssets';

const fontkit = (fontkitModule as unknown as { default?: typeof fontkitModule }).default ?? fontkitModule;
const woff = (weight: number) =>
  new Uint8Array(
    readFileSync(fileURLToPath(new URL(`../../node_modules/@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-${weight}-normal.woff`, import.meta.url))),
  );

const spec = (title: string): DocumentSpec => ({
  fileName: title,
  style: 'page',
  write: (doc) => {
    doc.title(title, 'vote');
    doc.row('yes', 'Hyvää päivää, Åsa – tervetuloa!');
  },
});

describe('PDF assets made ready once', () => {
  it('unwraps the WOFF font into a TrueType file with the same glyphs', async () => {
    const original = woff(400);
    const sfnt = await woffToSfnt(original);
    // 'wOFF' no more: an OpenType/TrueType file (version 1.0 or 'OTTO').
    expect([0x00010000, 0x4f54544f]).toContain(new DataView(sfnt.buffer).getUint32(0));
    const before = fontkit.create(original as never) as unknown as { numGlyphs: number; hasGlyphForCodePoint(c: number): boolean };
    const after = fontkit.create(sfnt as never) as unknown as { numGlyphs: number; hasGlyphForCodePoint(c: number): boolean };
    expect(after.numGlyphs).toBe(before.numGlyphs);
    for (const character of 'äöåÄÖÅ–“') expect(after.hasGlyphForCodePoint(character.codePointAt(0) ?? 0)).toBe(true);
    // Anything that is not a WOFF stays as it is.
    expect(await woffToSfnt(sfnt)).toBe(sfnt);
  });

  it('embeds the same pictogram, made ready once, in two documents, with the unwrapped font', async () => {
    const regular = await woffToSfnt(woff(400));
    const bold = await woffToSfnt(woff(700));
    const png = new Uint8Array(pictogramPng);
    const assets: PdfAssets = { ...nodeAssets(), font: async (weight) => (weight === 'bold' ? bold : regular), pictogramPng: async () => png };
    for (const title of ['Ensimmäinen muistio', 'Toinen muistio']) {
      const back = readBack(await makePdf(spec(title), assets));
      expect(back.text).toContain(title);
      expect(back.text).toContain('Hyvää päivää, Åsa – tervetuloa!');
      // One image and its transparency (smask), drawn twice on the page, at the PNG's own size.
      const kinds = back.images.map((image) => `${image.type} ${image.width}x${image.height}`);
      expect(kinds).toContain('image 192x192');
      expect(kinds).toContain('smask 192x192');
    }
  });
});
