// What the engine needs from outside: the font files, pictograms as PNG and photos as JPEG. A port, so
// the same engine runs in the browser (browserAssets.ts) and in Node tests (files from disk).
import type { PictogramId } from '../../content/pictogramId';

export type FontWeight = 'regular' | 'bold';

export interface PdfAssets {
  /** Atkinson Hyperlegible Next as WOFF (fontkit cannot subset WOFF2). */
  font(weight: FontWeight): Promise<Uint8Array>;
  /** A pictogram as a PNG (print resolution: pictogramPixels square). */
  pictogramPng(id: PictogramId): Promise<Uint8Array>;
  /** A photo of the media store as a JPEG at most maxPhotoPixels on its longest side; null when it is gone. */
  photoJpeg(mediaId: string): Promise<Uint8Array | null>;
}

/** Pictograms are drawn 36–130 pt wide; 256 px is sharp on paper at those sizes. */
export const pictogramPixels = 256;
/** Photos in documents: no larger than the app keeps them. */
export const maxPhotoPixels = 1600;

/** A JPEG's size from its frame header (SOFn), without decoding it; null when it is not a JPEG. */
export function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    const length = ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0);
    // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: ((bytes[at + 5] ?? 0) << 8) | (bytes[at + 6] ?? 0), width: ((bytes[at + 7] ?? 0) << 8) | (bytes[at + 8] ?? 0) };
    }
    at += 2 + length;
  }
  return null;
}
