import { newId } from '../../domain/ids';
import type { MediaRecord } from '../../domain/records';
import { db } from '../db';
import { stampedWrite } from '../device';

export type MediaDraft = Pick<MediaRecord, 'mediaType' | 'mime' | 'blob'> & Partial<Pick<MediaRecord, 'width' | 'height' | 'durationMs'>>;

/** Saves a photo or a voice note; the id is what answers keep. */
export async function saveMedia(groupId: string, draft: MediaDraft): Promise<string> {
  return stampedWrite(['media'], async (stamp, database) => {
    const id = newId();
    await database.media.add({ id, groupId, ...draft, ...stamp(), deleted: false });
    return id;
  });
}

/** The file of a photo or voice note, or null when it is not (or no longer) here. */
export async function getMediaBlob(id: string): Promise<Blob | null> {
  const media = await db().media.get(id);
  return media && !media.deleted ? media.blob : null;
}
