// Photos and sounds that no record uses any more (a photo changed for another, one taken off its
// answer, a removed member's photo) stay on the tablet while the app is open, for undo. At a later
// start, once they are a day old, they are removed to free the tablet's storage: the group file already
// leaves them out (domain/transfer/mediaInUse), so no other tablet needs them from here, and a file in
// which a record uses one again brings it back. Removed for good, not as a tombstone: a photo's row is
// only its file, and a tombstone would stop that file from coming back.
import { parseStamp } from '../domain/clock';
import { mediaInUse } from '../domain/transfer/mediaInUse';
import { db } from './db';
import { entriesOf } from './entrySets';

/** How old an unused photo or sound must be before it is removed: a day. */
export const unusedMediaAge = 24 * 60 * 60 * 1000;

/** Removes the unused photos and sounds of every group that are at least a day old; says how many. */
export async function removeUnusedMedia(now = Date.now()): Promise<number> {
  const database = db();
  return database.transaction('rw', [database.groups, database.people, database.entrySets, database.media], async () => {
    const [groups, people, sets, media] = await Promise.all([database.groups.toArray(), database.people.toArray(), database.entrySets.toArray(), database.media.toArray()]);
    const used = new Set(mediaInUse({ groups, people, entries: entriesOf(sets) }, media).map((m) => m.id));
    // A stamp from a clock ahead of this one (or not a stamp) counts as new: kept.
    const isOld = (stamp: string) => (parseStamp(stamp)?.wall ?? now) <= now - unusedMediaAge;
    const unused = media.filter((m) => !used.has(m.id) && isOld(m.updatedAt)).map((m) => m.id);
    await database.media.bulkDelete(unused);
    return unused.length;
  });
}
