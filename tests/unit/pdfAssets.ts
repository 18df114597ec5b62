// The PDF engine's assets in Node: the app's real font files, a real PNG for every pictogram (Node
// cannot rasterise the SVGs; the browser does), real JPEG photos; and poppler to read the PDF back.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PdfAssets } from '../../src/services/pdf/assets';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fontFile = (weight: number) => join(root, `node_modules/@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-${weight}-normal.woff`);
export const pictogramPng = readFileSync(join(root, 'public/icons/icon-192.png'));
export const photoFiles = {
  landscape: readFileSync(join(root, 'tests/fixtures/photo-landscape.jpg')),
  portrait: readFileSync(join(root, 'tests/fixtures/photo-portrait.jpg')),
};

/** Node assets; `photos` maps a media id to its JPEG (an id not in it is a photo that is gone). */
export function nodeAssets(photos: Readonly<Record<string, Uint8Array>> = {}, asked: string[] = []): PdfAssets {
  return {
    font: async (weight) => new Uint8Array(readFileSync(fontFile(weight === 'bold' ? 700 : 400))),
    pictogramPng: async (id) => {
      asked.push(id);
      return new Uint8Array(pictogramPng);
    },
    photoJpeg: async (mediaId) => photos[mediaId] ?? null,
  };
}

export interface ReadBack {
  readonly text: string;
  /** Rows of `pdfimages -list` (one per image per page it is on); type 'image' or 'smask' (a PNG's transparency). */
  readonly images: readonly { readonly page: number; readonly type: string; readonly object: number; readonly width: number; readonly height: number; readonly encoding: string }[];
  readonly pages: number;
  readonly firstPagePng: Buffer;
}

/** Writes the PDF to a temp dir and reads it with poppler: text, embedded images, page 1 as PNG. */
export function readBack(pdf: Uint8Array): ReadBack {
  const dir = mkdtempSync(join(tmpdir(), 'porukka-pdf-'));
  const file = join(dir, 'document.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      return { page: Number(cols[0]), type: cols[2] ?? '', object: Number(cols[10]), width: Number(cols[3]), height: Number(cols[4]), encoding: cols[8] ?? '' };
    });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '40', '-png', '-singlefile', file, join(dir, 'page')]);
  const firstPagePng = readFileSync(join(dir, 'page.png'));
  if (process.env['PDF_KEEP']) writeFileSync(join(process.env['PDF_KEEP'], `${Date.now()}.pdf`), pdf);
  return { text, images, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0), firstPagePng };
}
