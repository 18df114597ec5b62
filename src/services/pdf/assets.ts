// What the engine needs from outside: the font files, pictograms as PNG and photos as JPEG. A port, so
// the same engine runs in the browser (browserAssets.ts) and in Node tests (files from disk).
import type { PictogramId } from '../../content/pictogramId';

export type FontWeight = 'regular' | 'bold';

export interface PdfAssets {
  /** Atkinson Hyperlegible Next as WOFF or TrueType (fontkit cannot subset WOFF2). */
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

const inflate = async (bytes: Uint8Array): Promise<Uint8Array> =>
  new Uint8Array(await new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'))).arrayBuffer());

/** Tables in a TrueType file start on 4-byte boundaries. */
const pad = (n: number) => (n + 3) & ~3;

/**
 * A WOFF font as the TrueType/OpenType file it wraps (its tables inflated once, natively): fontkit
 * would inflate every table again in JavaScript each time a document embeds the font. The WOFF as it
 * is when it is not one or the browser cannot inflate.
 */
export async function woffToSfnt(woff: Uint8Array): Promise<Uint8Array> {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.length < 44 || view.getUint32(0) !== 0x774f4646 || typeof DecompressionStream === 'undefined') return woff;
  const count = view.getUint16(12);
  const tables = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const at = 44 + i * 20;
      const offset = view.getUint32(at + 4);
      const packed = view.getUint32(at + 8);
      const length = view.getUint32(at + 12);
      const stored = woff.subarray(offset, offset + packed);
      return { tag: view.getUint32(at), checksum: view.getUint32(at + 16), data: packed < length ? await inflate(stored) : stored };
    }),
  );
  const size = 12 + 16 * count + tables.reduce((sum, t) => sum + pad(t.data.length), 0);
  const out = new Uint8Array(size);
  const put = new DataView(out.buffer);
  let power = 1;
  while (power * 2 <= count) power *= 2;
  put.setUint32(0, view.getUint32(4));
  put.setUint16(4, count);
  put.setUint16(6, power * 16);
  put.setUint16(8, Math.log2(power));
  put.setUint16(10, count * 16 - power * 16);
  let at = 12 + 16 * count;
  tables.forEach((table, i) => {
    put.setUint32(12 + i * 16, table.tag);
    put.setUint32(16 + i * 16, table.checksum);
    put.setUint32(20 + i * 16, at);
    put.setUint32(24 + i * 16, table.data.length);
    out.set(table.data, at);
    at += pad(table.data.length);
  });
  return out;
}
