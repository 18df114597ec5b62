// Reads what a document is made from: the group, its members, every live answer and its meetings.
import type { MeetingId } from '../../content/types';
import { allGroupEntries } from '../../storage/repositories/entries';
import { getGroup } from '../../storage/repositories/groups';
import { listMeetingRecords } from '../../storage/repositories/meetings';
import { listMembers } from '../../storage/repositories/people';
import { listRemovedMemberIds } from '../../storage/repositories/removedPeople';
import type { DocumentData } from './types';

export interface DocumentPlace {
  readonly groupId: string;
  readonly meetingId: MeetingId;
  readonly exerciseId: string;
  readonly step: string | null;
}

/** The group's data for a document, or null when the group is gone. */
export async function loadDocumentData(place: DocumentPlace): Promise<DocumentData | null> {
  const [group, members, removedMemberIds, entries, records] = await Promise.all([
    getGroup(place.groupId),
    listMembers(place.groupId),
    listRemovedMemberIds(place.groupId),
    allGroupEntries(place.groupId),
    listMeetingRecords(place.groupId),
  ]);
  if (!group) return null;
  const live = records.filter((r) => !r.deleted);
  return {
    ...place,
    group: { name: group.name, place: group.place, heldDays: live.flatMap((r) => (r.heldOn ? [r.heldOn] : [])).sort() },
    members,
    removedMemberIds,
    entries: entries.filter((e) => !e.deleted),
    meetingRecords: live,
  };
}
