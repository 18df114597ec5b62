// The engine's assets in the browser: the app's font files (precached by the service worker, so this
// works offline), pictograms drawn from the app's SVGs onto a canvas as PNG, photos from the media
// store as JPEG no larger than 1600 px. Loaded together with the engine, only when a document is made.
import regularWoff from '@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-400-normal.woff?url';
import boldWoff from '@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-700-normal.woff?url';
import type { PictogramId } from '../../content/pictogramId';
import { getMediaBlob } from '../../storage/repositories/media';
import { preparePhoto } from '../media/photo';
import { jpegSize, maxPhotoPixels, pictogramPixels, woffToSfnt, type FontWeight, type PdfAssets } from './assets';

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

const canvasBytes = async (canvas: HTMLCanvasElement, type: string, quality?: number): Promise<Uint8Array> => {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, quality));
  if (!blob) throw new Error(`The canvas could not make ${type}`);
  return new Uint8Array(await blob.arrayBuffer());
};

/** The flat pictogram (paper is printed in colour or grey; the high-contrast set is for screens). */
async function pictogramPng(id: PictogramId): Promise<Uint8Array> {
  const svg = await (await fetch(`${import.meta.env.BASE_URL}pictograms/flat/${id}.svg`)).text();
  // The SVG's own size is small (32 px): give it the print size so it is drawn sharp, not scaled up.
  const sized = svg.replace(/<svg([^>]*?)\swidth="[^"]*"\s+height="[^"]*"/, `<svg$1 width="${pictogramPixels}" height="${pictogramPixels}"`);
  const url = URL.createObjectURL(new Blob([sized], { type: 'image/svg+xml' }));
  try {
    const image = new Image(pictogramPixels, pictogramPixels);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = pictogramPixels;
    canvas.height = pictogramPixels;
    canvas.getContext('2d')?.drawImage(image, 0, 0, pictogramPixels, pictogramPixels);
    return await canvasBytes(canvas, 'image/png');
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A stored photo as JPEG: as it is when it already is a JPEG ≤ 1600 px (as the app saves them), else made one. */
async function photoJpeg(mediaId: string): Promise<Uint8Array | null> {
  const blob = await getMediaBlob(mediaId);
  if (!blob) return null;
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const size = jpegSize(bytes);
  if (size && Math.max(size.width, size.height) <= maxPhotoPixels) return bytes;
  const prepared = await preparePhoto(blob);
  return typeof prepared === 'string' ? null : new Uint8Array(await prepared.blob.arrayBuffer());
}

// Pictograms and fonts do not change while the app runs: made once, kept for the next document.
const kept = new Map<string, Promise<Uint8Array>>();
function keep(key: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  let bytes = kept.get(key);
  if (!bytes) {
    bytes = make();
    kept.set(key, bytes);
    bytes.catch(() => kept.delete(key));
  }
  return bytes;
}

export const browserAssets: PdfAssets = {
  font: (weight: FontWeight) => keep(`font:${weight}`, async () => woffToSfnt(await fetchBytes(weight === 'bold' ? boldWoff : regularWoff))),
  pictogramPng: (id) => keep(`pictogram:${id}`, () => pictogramPng(id)),
  photoJpeg,
};
