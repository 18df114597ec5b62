// The records a device stores and a group file carries. Field names are saved data:
// DO NOT CHANGE without a Dexie version upgrade and an export format migration.
import type { MeetingId } from '../content/types';
import type { AvatarPictogram } from '../content/avatars';

/** Every synced record carries these, so two tablets can merge their copies of a group. */
export interface SyncFields {
  readonly id: string;
  readonly groupId: string;
  /** Hybrid logical clock stamp of the last change (see clock.ts). */
  readonly updatedAt: string;
  /** The device that made the last change. */
  readonly deviceId: string;
  /** A tombstone: the record was removed, and the removal must travel to other devices. */
  readonly deleted: boolean;
}

export interface Group extends SyncFields {
  readonly name: string;
  readonly place: string;
}

export type Role = 'participant' | 'support' | 'peer';
export const roles: readonly Role[] = ['participant', 'support', 'peer'];

export interface Person extends SyncFields {
  readonly name: string;
  readonly colour: ColourId;
  readonly avatar: AvatarPictogram;
  readonly role: Role;
  /** Stamp of when the person was added: members are listed in this order. */
  readonly createdAt: string;
  /** The member agreed that photos of them may be used in documents (PDFs). Absent = no. */
  readonly photoConsent?: boolean | undefined;
  /** A photo of the member (a media id of the same group) shown instead of their emoji; absent = the emoji. */
  readonly photoId?: string | undefined;
}

/** What the group recorded about one of its ten meetings. Its id is `${groupId}/${meetingId}`. */
export interface MeetingRecord extends SyncFields {
  readonly meetingId: MeetingId;
  /** The day the meeting was held (YYYY-MM-DD), or null while it has not been held. */
  readonly heldOn: string | null;
  readonly attendeeIds: readonly string[];
}

/** An answer belongs to one meeting, or to the whole group (getting-started boards, partners). */
export type EntryScope = MeetingId | 'group';

/**
 * One saved answer of an exercise. `type` and `key` come from the exercise's kind; an answer with
 * one value per key (a vote per statement and person) has a deterministic id, so the same answer
 * given on two tablets merges into one record instead of two.
 */
export interface Entry extends SyncFields {
  readonly meetingId: EntryScope;
  readonly exerciseId: string;
  readonly type: string;
  readonly key: string;
  readonly data: unknown;
}

export type MediaType = 'photo' | 'voice';

/** A photo (downscaled JPEG) or a voice note, kept as a Blob; answers refer to it by id. */
export interface MediaRecord extends SyncFields {
  readonly mediaType: MediaType;
  readonly mime: string;
  readonly blob: Blob;
  readonly width?: number | undefined;
  readonly height?: number | undefined;
  readonly durationMs?: number | undefined;
}

export type ColourId =
  | 'red'
  | 'orange'
  | 'yellow'
  | 'green'
  | 'teal'
  | 'blue'
  | 'purple'
  | 'pink'
  | 'brown'
  | 'grey';

export const meetingRecordId = (groupId: string, meetingId: MeetingId): string => `${groupId}/${meetingId}`;

export const entryId = (groupId: string, exerciseId: string, type: string, key: string): string =>
  `${groupId}/${exerciseId}/${type}/${key}`;
