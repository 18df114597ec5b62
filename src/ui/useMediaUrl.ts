import { useContext, useEffect, useState } from 'preact/hooks';
import { MediaContext } from './mediaPort';

/** An object URL for a saved photo or voice note; it is revoked when no longer shown. */
export function useMediaUrl(mediaId: string | undefined): string | null {
  const media = useContext(MediaContext);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!media || !mediaId) return;
    let objectUrl: string | null = null;
    let isCurrent = true;
    void media.loadBlob(mediaId).then((blob) => {
      if (!blob || !isCurrent) return;
      objectUrl = URL.createObjectURL(blob);
      setUrl(objectUrl);
    });
    return () => {
      isCurrent = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
      setUrl(null);
    };
  }, [media, mediaId]);
  return url;
}
