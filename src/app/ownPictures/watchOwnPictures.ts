// Keeps the open group's own photos as object URLs (pictogram id → URL) while the group is open.
import { reportError } from '../../state/errorStore';
import { watch } from '../../storage/live';
import { loadOwnPictureFiles } from '../../storage/repositories/ownPictures';

/** Calls `onUrls` now and whenever the group's own pictures change; returns the stop function (frees the URLs). */
export function watchOwnPictures(groupId: string, onUrls: (urls: ReadonlyMap<string, string> | null) => void): () => void {
  // One URL per photo, kept while the photo is in use, so an unchanged picture does not flicker.
  let byPhoto = new Map<string, string>();
  const stop = watch(
    () => loadOwnPictureFiles(groupId),
    (files) => {
      const next = new Map<string, string>();
      const urls = new Map<string, string>();
      for (const [pictogramId, { photoId, blob }] of files) {
        const url = next.get(photoId) ?? byPhoto.get(photoId) ?? URL.createObjectURL(blob);
        next.set(photoId, url);
        urls.set(pictogramId, url);
      }
      for (const [photoId, url] of byPhoto) if (!next.has(photoId)) URL.revokeObjectURL(url);
      byPhoto = next;
      onUrls(urls.size > 0 ? urls : null);
    },
    reportError,
  );
  return () => {
    stop();
    byPhoto.forEach((url) => URL.revokeObjectURL(url));
    byPhoto = new Map();
  };
}
