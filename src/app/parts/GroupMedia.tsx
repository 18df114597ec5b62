import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { MediaContext } from '../../ui/mediaPort';
import { mediaPortFor } from './mediaPortFor';

/** The group's photos for the pictures inside (members' own photos), on screens outside an exercise. */
export function GroupMedia({ groupId, children }: { readonly groupId: string; readonly children: ComponentChildren }) {
  const media = useMemo(() => mediaPortFor(groupId), [groupId]);
  return <MediaContext.Provider value={media}>{children}</MediaContext.Provider>;
}
