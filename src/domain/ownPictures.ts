// The group's own pictures: a support person swaps the picture of a card or a choice for a photo of
// the group's own (the real club room, the real café). The swap is per group and per pictogram id:
// every place that picture is shown in the group shows the photo. Each swap is one answer of the
// whole group (scope "group"), keyed by the pictogram id, so it travels in the group's file and
// merges like any answer (the newer change wins; a removal is a tombstone that can be undone).
import * as v from 'valibot';
import type { Entry } from './records';

/** Own pictures are kept under this exercise id, with the group as their scope. DO NOT CHANGE (saved). */
export const ownPicturesExerciseId = 'own-pictures';
export const ownPictureType = 'picture';

export const ownPictureSchema = v.object({
  /** The photo (a media record of the group) shown instead of the pictogram. */
  photoId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
});

/** Member pictures are the members' own business (their photo is set on the member): never swapped here. */
export const isSwappablePictogram = (id: string): boolean => !id.startsWith('avatar-') && /^[a-z0-9-]{1,64}$/.test(id);

/** The group's live own pictures: pictogram id → photo id. Answers whose data does not fit are left out. */
export function readOwnPictures(entries: readonly Entry[]): Map<string, string> {
  const pictures = new Map<string, string>();
  for (const e of entries) {
    if (e.deleted || e.exerciseId !== ownPicturesExerciseId || e.type !== ownPictureType || !isSwappablePictogram(e.key)) continue;
    if (v.is(ownPictureSchema, e.data)) pictures.set(e.key, e.data.photoId);
  }
  return pictures;
}
