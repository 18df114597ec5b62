// Which photos and sounds travel in a group file: those a live record refers to. A photo taken off
// its answer, a member's photo taken away, a removed member's photo or a removed recording stays on
// this tablet (undo brings it back) but is not handed to another tablet in the file.
import type { MediaRecord, SyncFields } from '../records';

interface LiveRecords {
  readonly groups: readonly SyncFields[];
  readonly people: readonly SyncFields[];
  readonly entries: readonly SyncFields[];
}

/** Every string inside a value (answers keep media ids at any depth: `replies.who.voiceId`). */
function collectStrings(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, into);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) collectStrings(item, into);
}

/** The media records some record that is not removed mentions by id; the others stay out of the file. */
export function mediaInUse<M extends Pick<MediaRecord, 'id'>>(records: LiveRecords, media: readonly M[]): M[] {
  const mentioned = new Set<string>();
  for (const record of [...records.groups, ...records.people, ...records.entries]) {
    if (!record.deleted) collectStrings(record, mentioned);
  }
  return media.filter((m) => mentioned.has(m.id));
}
