// The group's own pictures for cards and choices (see domain/ownPictures.ts).
import { ownPictureType, ownPicturesExerciseId, readOwnPictures } from '../../domain/ownPictures';
import { listExerciseEntries, putEntry, removeEntry, restoreEntry, type EntryAddress } from './entries';
import { getMediaBlob } from './media';

const addressOf = (groupId: string, pictogramId: string): EntryAddress => ({
  groupId,
  meetingId: 'group',
  exerciseId: ownPicturesExerciseId,
  type: ownPictureType,
  key: pictogramId,
});

/** The group's own pictures: pictogram id → photo id. */
export async function listOwnPictures(groupId: string): Promise<Map<string, string>> {
  return readOwnPictures(await listExerciseEntries(groupId, ownPicturesExerciseId));
}

export interface OwnPictureFile {
  readonly photoId: string;
  readonly blob: Blob;
}

/** The group's own pictures with their files (pictogram id → photo), for showing them at once. */
export async function loadOwnPictureFiles(groupId: string): Promise<Map<string, OwnPictureFile>> {
  const pictures = [...(await listOwnPictures(groupId))];
  const files = await Promise.all(pictures.map(async ([id, photoId]) => [id, photoId, await getMediaBlob(photoId)] as const));
  return new Map(files.flatMap(([id, photoId, blob]) => (blob ? [[id, { photoId, blob }] as const] : [])));
}

/** Shows this photo instead of the pictogram everywhere in the group (a new photo replaces the old). */
export async function setOwnPicture(groupId: string, pictogramId: string, photoId: string): Promise<void> {
  await putEntry(addressOf(groupId, pictogramId), { photoId });
}

/** The pictogram again; undo with restoreOwnPicture. */
export const removeOwnPicture = (groupId: string, pictogramId: string): Promise<void> => removeEntry(addressOf(groupId, pictogramId));

export const restoreOwnPicture = (groupId: string, pictogramId: string): Promise<void> => restoreEntry(addressOf(groupId, pictogramId));
