import { useContext, useEffect, useState } from 'preact/hooks';
import { MediaContext } from './mediaPort';
import { holdMediaUrl, knownMediaUrl, releaseMediaUrl } from './mediaUrls';

/**
 * An object URL for a saved photo or voice note. One already made (the same photo shown a moment ago)
 * is there from the first drawing; a new one comes when the file has been read (mediaUrls.ts).
 */
export function useMediaUrl(mediaId: string | undefined): string | null {
  const media = useContext(MediaContext);
  const [shown, setShown] = useState<{ readonly id: string; readonly url: string } | null>(null);
  useEffect(() => {
    if (!media || !mediaId) return;
    let isHeld = false;
    let isCurrent = true;
    const show = (url: string | null) => {
      isHeld = url !== null;
      setShown(url ? { id: mediaId, url } : null);
    };
    const known = holdMediaUrl(media, mediaId);
    if (known) show(known);
    else {
      void media.loadBlob(mediaId).then((blob) => {
        if (blob && isCurrent) show(holdMediaUrl(media, mediaId, blob));
      });
    }
    return () => {
      isCurrent = false;
      if (isHeld) releaseMediaUrl(media, mediaId);
    };
  }, [media, mediaId]);
  if (!media || !mediaId) return null;
  // Only this file's address: never another photo's for a moment after the id changed.
  return shown?.id === mediaId ? shown.url : knownMediaUrl(media, mediaId);
}
