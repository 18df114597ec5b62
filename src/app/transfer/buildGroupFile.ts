// Makes the .porukka.json file of one group or all groups: every record (removals too) and the
// photos and voice notes its live records use, optionally encrypted with a password.
import { bytesToBase64 } from '../../domain/base64';
import { countMemberPhotos } from '../../domain/memberPhotos';
import { formatName, formatVersion, type Envelope, type Payload } from '../../domain/transfer/format';
import { mediaInUse } from '../../domain/transfer/mediaInUse';
import { encryptText } from '../../services/crypto';
import { deviceSnapshot } from '../../storage/device';
import { readGroupRecords } from '../../storage/transfer';

export interface BuiltFile {
  readonly text: string;
  readonly groupIds: readonly string[];
  /** The device clock at export: changes after it are not in the file. */
  readonly stamp: string;
  readonly exportedAt: string;
  /** How many members have their own photo in the file (the export screen says so). */
  readonly memberPhotos: number;
}

export const appVersion = '0.1.0';

/** `groupIds` null: every group on this tablet. */
export async function buildGroupFile(groupIds: readonly string[] | null, password?: string): Promise<BuiltFile> {
  // The clock first: every change up to it is in the file (a change made while reading only adds).
  const device = await deviceSnapshot();
  const records = await readGroupRecords(groupIds);
  const media = await Promise.all(
    mediaInUse(records, records.media).map(async ({ blob, ...record }) => ({ ...record, data: bytesToBase64(new Uint8Array(await blob.arrayBuffer())) })),
  );
  const payload: Payload = {
    groups: [...records.groups],
    people: [...records.people],
    meetings: records.meetings.map((m) => ({ ...m, attendeeIds: [...m.attendeeIds] })),
    entries: [...records.entries],
    media: media as Payload['media'],
  };
  const exportedAt = new Date().toISOString();
  const ids = records.groups.map((g) => g.id);
  const base = { formatName, formatVersion, exportedAt, exportedBy: { ...device, app: appVersion }, groupIds: ids } as const;
  let envelope: Envelope;
  if (password) {
    const { encryption, ciphertext } = await encryptText(JSON.stringify(payload), password);
    envelope = { ...base, encryption, payload: ciphertext };
  } else {
    envelope = { ...base, encryption: null, payload };
  }
  const memberPhotos = countMemberPhotos(records.people, records.media);
  return { text: JSON.stringify(envelope), groupIds: ids, stamp: device.clock, exportedAt, memberPhotos };
}

/** A file name people recognise: porukka-<group>-<day>.porukka.json */
export function fileNameFor(groupName: string | null, exportedAt: string): string {
  const slug = (groupName ?? 'kaikki-porukat')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `porukka-${slug || 'porukka'}-${exportedAt.slice(0, 10)}.porukka.json`;
}
