// Members' own photos in a set of records (a group file, or what an export reads): the export and
// import screens say how many members' photos travel in the file.
import type { SyncFields } from './records';

/** How many members (not removed) have their own photo, and that photo is among the media given. */
export function countMemberPhotos(people: readonly (SyncFields & { readonly photoId?: string | undefined })[], media: readonly SyncFields[]): number {
  const photoIds = new Set(media.filter((m) => !m.deleted).map((m) => m.id));
  return people.filter((p) => !p.deleted && p.photoId !== undefined && photoIds.has(p.photoId)).length;
}
