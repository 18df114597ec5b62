// The group file (.porukka.json). DO NOT CHANGE a field without a new format version, a migration
// of older files, and a fixture of the old version in tests/fixtures that must keep importing.
import * as v from 'valibot';
import { avatarPictograms } from '../../content/avatars';
import { parseStamp } from '../clock';
import { colours } from '../people';
import { roles } from '../records';

export const formatName = 'porukka-group-export';
/** 2: members' photo consent, and answers that belong to the group rather than one meeting. 3: members' own photos. */
export const formatVersion = 3;
/** Versions this app reads: each later version only added to the one before. */
export const readableVersions = [1, 2, 3] as const;
/** Files above this are refused before reading (a group with many photos stays far below it). */
export const maxFileBytes = 150 * 1024 * 1024;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(300), v.regex(/^[A-Za-z0-9_\-/:.]+$/));
const stamp = v.pipe(v.string(), v.check((s) => parseStamp(s) !== null, 'not a clock stamp'));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const meetingIds = ['m01', 'm02', 'm03', 'm04', 'm05', 'm06', 'm07', 'm08', 'm09', 'm10'] as const;
const meetingId = v.picklist(meetingIds);
/**
 * An answer belongs to a meeting, or (getting-started boards, partners, the group's settings such as
 * open voting: domain/groupSettings.ts) to the whole group. Settings are answers, not fields of the
 * strict group record, so version 2 carries them unchanged and each merges on its own.
 */
const entryScope = v.picklist([...meetingIds, 'group'] as const);

const sync = {
  id,
  groupId: id,
  updatedAt: stamp,
  deviceId: v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[A-Za-z0-9_-]+$/)),
  deleted: v.boolean(),
};

export const groupRecordSchema = v.strictObject({ ...sync, name: text(80), place: text(80) });

export const personRecordSchema = v.strictObject({
  ...sync,
  name: text(40),
  colour: v.picklist(colours.map((c) => c.id)),
  avatar: v.picklist(avatarPictograms),
  role: v.picklist(roles),
  createdAt: stamp,
  /** Since version 2; a member without it has not given consent. */
  photoConsent: v.optional(v.boolean()),
  /** Since version 3; the member's own photo (a media record of the group), absent = their emoji. */
  photoId: v.optional(id),
});

export const meetingRecordSchema = v.strictObject({
  ...sync,
  meetingId,
  heldOn: v.nullable(day),
  attendeeIds: v.pipe(v.array(id), v.maxLength(200)),
});

/** An answer; its `data` is checked afterwards against the schema of its exercise's kind. */
export const entryRecordSchema = v.strictObject({
  ...sync,
  meetingId: entryScope,
  exerciseId: id,
  type: v.pipe(v.string(), v.regex(/^[a-zA-Z]{1,32}$/)),
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  data: v.unknown(),
});

export const mediaRecordSchema = v.strictObject({
  ...sync,
  mediaType: v.picklist(['photo', 'voice']),
  mime: v.picklist(['image/jpeg', 'image/png', 'image/webp', 'audio/webm', 'audio/webm;codecs=opus', 'audio/mp4', 'audio/ogg', 'audio/ogg;codecs=opus']),
  width: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20000))),
  height: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20000))),
  durationMs: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(24 * 3600 * 1000))),
  /** The file itself, base64. */
  data: v.pipe(v.string(), v.maxLength(maxFileBytes)),
});

export const payloadSchema = v.strictObject({
  groups: v.array(groupRecordSchema),
  people: v.array(personRecordSchema),
  meetings: v.array(meetingRecordSchema),
  entries: v.array(entryRecordSchema),
  media: v.array(mediaRecordSchema),
});
export type Payload = v.InferOutput<typeof payloadSchema>;
export type PayloadTable = keyof Payload;
export const payloadTables: readonly PayloadTable[] = ['groups', 'people', 'meetings', 'entries', 'media'];

export const encryptionSchema = v.strictObject({
  algorithm: v.literal('AES-GCM'),
  kdf: v.literal('PBKDF2-SHA-256'),
  // A bound on both sides: enough to be slow to guess, not so many that a hostile file hangs the tablet.
  iterations: v.pipe(v.number(), v.integer(), v.minValue(100_000), v.maxValue(5_000_000)),
  salt: v.pipe(v.string(), v.maxLength(64)),
  iv: v.pipe(v.string(), v.maxLength(64)),
});
export type Encryption = v.InferOutput<typeof encryptionSchema>;

/** First look: is this a Porukka file at all, and of a version this app reads? */
export const headerSchema = v.object({ formatName: v.string(), formatVersion: v.number() });

export const envelopeSchema = v.strictObject({
  formatName: v.literal(formatName),
  formatVersion: v.picklist(readableVersions),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  exportedBy: v.strictObject({ deviceId: sync.deviceId, clock: stamp, app: text(32) }),
  groupIds: v.pipe(v.array(id), v.minLength(1), v.maxLength(1000)),
  encryption: v.nullable(encryptionSchema),
  /** The records, or (with a password) their encrypted JSON text, base64. */
  payload: v.union([payloadSchema, v.pipe(v.string(), v.maxLength(maxFileBytes * 2))]),
});
export type Envelope = v.InferOutput<typeof envelopeSchema>;
