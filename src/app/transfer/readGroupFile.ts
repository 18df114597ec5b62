// Reads a .porukka.json file all the way before anything touches the database: is it a Porukka file,
// of a version this app reads, with the right password, and is every record what it should be?
import * as v from 'valibot';
import { base64ToBytes, imageTypeOf } from '../../domain/base64';
import type { ImportError } from '../../domain/transfer/errors';
import { envelopeSchema, formatName, formatVersion, headerSchema, maxFileBytes, payloadSchema, type Payload } from '../../domain/transfer/format';
import type { Entry, MediaRecord } from '../../domain/records';
import type { GroupRecords } from '../../storage/transfer';
import { entryDataSchema } from '../../kinds/entryData';
import { decryptText } from '../../services/crypto';

export interface GroupFile {
  readonly exportedAt: string;
  readonly exportedBy: string;
  /** The exporting device's clock then: every change of its own up to it is in the file. */
  readonly exportClock: string;
  readonly groupIds: readonly string[];
  readonly isEncrypted: boolean;
  readonly records: GroupRecords;
}

export type ReadOutcome =
  | { readonly ok: true; readonly file: GroupFile }
  | { readonly ok: false; readonly error: ImportError }
  /** The file is protected: ask for the password and read again. */
  | { readonly ok: false; readonly needsPassword: true };

const fail = (error: ImportError): ReadOutcome => ({ ok: false, error });

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Records that fail the schema, counted once per record (not per problem). */
function countInvalid(issues: readonly v.BaseIssue<unknown>[]): number {
  const records = new Set(issues.map((issue) => (issue.path ?? []).slice(0, 2).map((p) => String(p.key)).join('/')));
  return Math.max(1, records.size);
}

export async function readGroupFile(text: string, password?: string, maxBytes: number = maxFileBytes): Promise<ReadOutcome> {
  if (text.length > maxBytes) return fail({ kind: 'tooLarge' });
  const parsed = parseJson(text);
  if (!parsed.ok) {
    // A Porukka file that stops early (cut off while copying) is "truncated", anything else "not JSON".
    return fail({ kind: text.trimStart().startsWith('{') && text.includes(formatName) ? 'truncated' : 'notJson' });
  }
  const header = v.safeParse(headerSchema, parsed.value);
  if (!header.success || header.output.formatName !== formatName) return fail({ kind: 'notPorukkaFile' });
  if (header.output.formatVersion > formatVersion) return fail({ kind: 'versionTooNew' });
  const envelope = v.safeParse(envelopeSchema, parsed.value);
  if (!envelope.success) return fail({ kind: 'invalidRecords', count: countInvalid(envelope.issues) });
  const { encryption, payload, groupIds, exportedAt, exportedBy } = envelope.output;

  let records: unknown = payload;
  if (encryption) {
    if (typeof payload !== 'string') return fail({ kind: 'invalidRecords', count: 1 });
    if (password === undefined) return { ok: false, needsPassword: true };
    const plain = await decryptText(payload, encryption, password);
    if (plain === null) return fail({ kind: 'wrongPassword' });
    const inner = parseJson(plain);
    if (!inner.ok) return fail({ kind: 'invalidRecords', count: 1 });
    records = inner.value;
  } else if (typeof payload === 'string') {
    return fail({ kind: 'invalidRecords', count: 1 });
  }
  const checked = v.safeParse(payloadSchema, records);
  if (!checked.success) return fail({ kind: 'invalidRecords', count: countInvalid(checked.issues) });
  const converted = toRecords(checked.output, groupIds);
  if (!converted.ok) return fail(converted.error);
  return { ok: true, file: { exportedAt, exportedBy: exportedBy.deviceId, exportClock: exportedBy.clock, groupIds, isEncrypted: encryption !== null, records: converted.records } };
}

/** Checks what the schema alone cannot (answers against their kind, groups, photos) and makes Blobs. */
function toRecords(payload: Payload, groupIds: readonly string[]): { ok: true; records: GroupRecords } | { ok: false; error: ImportError } {
  const groups = new Set(groupIds);
  let invalid = 0;
  const inGroups = (r: { groupId: string }) => groups.has(r.groupId);
  invalid += payload.groups.filter((g) => g.id !== g.groupId || !inGroups(g)).length;
  for (const table of ['people', 'meetings', 'entries', 'media'] as const) invalid += payload[table].filter((r) => !inGroups(r)).length;
  invalid += payload.meetings.filter((m) => m.id !== `${m.groupId}/${m.meetingId}`).length;

  const entries: Entry[] = [];
  for (const entry of payload.entries) {
    const schema = entryDataSchema(entry.exerciseId, entry.meetingId, entry.type);
    const data = schema ? v.safeParse(schema, entry.data) : null;
    // Keep the checked copy of the data, never the file's own object.
    if (data?.success && entry.id === `${entry.groupId}/${entry.exerciseId}/${entry.type}/${entry.key}`) entries.push({ ...entry, data: data.output });
    else invalid += 1;
  }
  if (invalid > 0) return { ok: false, error: { kind: 'invalidRecords', count: invalid } };

  const media: MediaRecord[] = [];
  for (const { data, ...record } of payload.media) {
    const bytes = base64ToBytes(data);
    if (!bytes) return { ok: false, error: { kind: 'invalidRecords', count: 1 } };
    if (record.mediaType === 'photo' && imageTypeOf(bytes) !== record.mime) return { ok: false, error: { kind: 'notAnImage' } };
    media.push({ ...record, blob: new Blob([bytes as BlobPart], { type: record.mime }) });
  }
  return { ok: true, records: { groups: payload.groups, people: payload.people, meetings: payload.meetings, entries, media } };
}
