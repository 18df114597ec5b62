// Photos from the camera or a file: checked to be an image, turned upright, made at most 1600 px on
// the longest side and saved as JPEG, so a group's photos stay small on the tablet and in its file.

export const maxPhotoSide = 1600;

/** The size that fits inside max × max, keeping the shape; never larger than the original. */
export function fitWithin(width: number, height: number, max: number): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export type PhotoProblem = 'notAnImage' | 'saveFailed';

export interface PreparedPhoto {
  readonly blob: Blob;
  readonly mime: string;
  readonly width: number;
  readonly height: number;
}

/** Decodes, downscales and re-encodes a photo; a file that is not an image gives 'notAnImage'. */
export async function preparePhoto(file: Blob): Promise<PreparedPhoto | PhotoProblem> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return 'notAnImage';
  }
  const size = fitWithin(bitmap.width, bitmap.height, maxPhotoSide);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) return 'saveFailed';
  context.drawImage(bitmap, 0, 0, size.width, size.height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
  return blob ? { blob, mime: 'image/jpeg', ...size } : 'saveFailed';
}
