import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { reportError } from '../../state/errorStore';
import { OwnPicturesContext } from '../../ui/ownPicturesPort';

/**
 * The open group's own photos for pictograms, for every screen of the group: filled once per open
 * group (and again when one changes), so a pictogram finds its photo at once while rendering. The
 * code that reads them loads after the screen (it is not in the first download).
 */
export function OwnPictures({ groupId, children }: { readonly groupId: string; readonly children: ComponentChildren }) {
  const [urls, setUrls] = useState<ReadonlyMap<string, string> | null>(null);
  useEffect(() => {
    let stop = (): void => undefined;
    let isOpen = true;
    import('./watchOwnPictures')
      .then(({ watchOwnPictures }) => {
        if (isOpen) stop = watchOwnPictures(groupId, setUrls);
      })
      .catch(reportError);
    return () => {
      isOpen = false;
      stop();
    };
  }, [groupId]);
  return <OwnPicturesContext.Provider value={urls}>{children}</OwnPicturesContext.Provider>;
}
