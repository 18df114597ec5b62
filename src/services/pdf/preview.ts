// The first page of a made document as a picture, drawn on a canvas from the same layout as the PDF
// (tablet browsers often cannot show a PDF inside a page). Browser only.
import type { PagePicture } from './engine';

/**
 * Pictures decoded for a preview, kept for the next one: the same memo made again decodes nothing. A
 * key names content that never changes (a photo's media id, a pictogram's id). The last 48 are kept;
 * each is small, decoded to the size it has on the page.
 */
const decodedPictures = new Map<string, Promise<ImageBitmap>>();
const keptPictures = 48;

function decoded(key: string, bytes: Uint8Array, type: string, width: number, height: number): Promise<ImageBitmap> {
  const id = `${key} ${width}×${height}`;
  const kept = decodedPictures.get(id);
  decodedPictures.delete(id);
  const bitmap =
    kept ??
    decode(new Blob([bytes as BlobPart], { type }), width, height).catch((error: unknown) => {
      decodedPictures.delete(id);
      throw error;
    });
  // The newest last; over the limit the oldest goes (the garbage collector frees it).
  decodedPictures.set(id, bitmap);
  if (decodedPictures.size > keptPictures) decodedPictures.delete(decodedPictures.keys().next().value ?? id);
  return bitmap;
}

/** Decoded straight to its size on the page (a 1600 px photo drawn 200 pt wide is not scaled on the canvas). */
const decode = (blob: Blob, width: number, height: number) =>
  createImageBitmap(blob, { resizeWidth: width, resizeHeight: height, resizeQuality: 'medium' }).catch(() => createImageBitmap(blob));

/** A picture of the page (JPEG: quicker to make than PNG on a tablet), `pixelsPerPoint` × its size in points. */
export async function previewImage(page: PagePicture, pixelsPerPoint = 1.5): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(page.width * pixelsPerPoint);
  canvas.height = Math.round(page.height * pixelsPerPoint);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No canvas');
  context.scale(pixelsPerPoint, pixelsPerPoint);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, page.width, page.height);
  // Each picture decoded straight to the largest size it is drawn at on this page (a 1600 px photo
  // drawn 200 pt wide is not decoded and then scaled on the canvas).
  const drawnSize = new Map<string, { width: number; height: number }>();
  for (const draw of page.draws) {
    if (draw.kind !== 'image') continue;
    const before = drawnSize.get(draw.key);
    drawnSize.set(draw.key, { width: Math.max(before?.width ?? 0, draw.width), height: Math.max(before?.height ?? 0, draw.height) });
  }
  const bitmaps = new Map<string, ImageBitmap>();
  await Promise.all(
    [...page.pictures].map(async ([key, { bytes, type }]) => {
      const size = drawnSize.get(key);
      if (!size) return;
      bitmaps.set(key, await decoded(key, bytes, type, Math.max(1, Math.ceil(size.width * pixelsPerPoint)), Math.max(1, Math.ceil(size.height * pixelsPerPoint))));
    }),
  );
  await document.fonts.load('700 16px "Atkinson Hyperlegible Next"').catch(() => []);
  for (const draw of page.draws) {
    switch (draw.kind) {
      case 'text':
        context.font = `${draw.bold ? 700 : 400} ${draw.size}px "Atkinson Hyperlegible Next", sans-serif`;
        context.fillStyle = draw.colour;
        context.fillText(draw.text, draw.x, draw.baseline);
        break;
      case 'image': {
        const bitmap = bitmaps.get(draw.key);
        if (!bitmap) break;
        context.save();
        if (draw.round) {
          context.beginPath();
          context.arc(draw.round.cx, draw.round.cy, draw.round.r, 0, Math.PI * 2);
          context.clip();
        }
        context.drawImage(bitmap, draw.x, draw.top, draw.width, draw.height);
        context.restore();
        break;
      }
      case 'disc':
        context.fillStyle = draw.colour;
        context.beginPath();
        context.arc(draw.cx, draw.cy, draw.r, 0, Math.PI * 2);
        context.fill();
        break;
      case 'box':
        context.strokeStyle = draw.colour;
        context.lineWidth = draw.thickness;
        context.strokeRect(draw.x, draw.top, draw.width, draw.height);
        break;
      case 'line':
        context.strokeStyle = draw.colour;
        context.lineWidth = draw.thickness;
        context.beginPath();
        context.moveTo(draw.x1, draw.y1);
        context.lineTo(draw.x2, draw.y2);
        context.stroke();
        break;
    }
  }
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.9));
  if (!blob) throw new Error('No preview');
  return blob;
}
