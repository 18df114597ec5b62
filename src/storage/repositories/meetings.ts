import type { MeetingId } from '../../content/types';
import { meetingRecordId, type MeetingRecord } from '../../domain/records';
import { db } from '../db';
import { stampedWrite } from '../device';

export interface MeetingHeld {
  readonly heldOn: string;
  readonly attendeeIds: readonly string[];
}

export async function listMeetingRecords(groupId: string): Promise<MeetingRecord[]> {
  const records = await db().meetings.where('groupId').equals(groupId).toArray();
  return records.filter((r) => !r.deleted);
}

export async function getMeetingRecord(groupId: string, meetingId: MeetingId): Promise<MeetingRecord | undefined> {
  const record = await db().meetings.get(meetingRecordId(groupId, meetingId));
  return record && !record.deleted ? record : undefined;
}

/** Saves the day a meeting was held and who came; `null` marks it not held again. */
export async function saveMeetingHeld(groupId: string, meetingId: MeetingId, held: MeetingHeld | null): Promise<void> {
  await stampedWrite(['meetings'], async (stamp, database) => {
    const id = meetingRecordId(groupId, meetingId);
    const previous = await database.meetings.get(id);
    await database.meetings.put({
      id,
      groupId,
      meetingId,
      heldOn: held?.heldOn ?? null,
      attendeeIds: held ? [...held.attendeeIds] : (previous?.attendeeIds ?? []),
      ...stamp(),
      deleted: false,
    });
  });
}
