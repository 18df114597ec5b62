// Seeding a device with a group that has everything, and dumping a database to compare.
import { vi } from 'vitest';
import { canonical } from '../../src/domain/canonical';
import { entryId, type Entry } from '../../src/domain/records';
import { db } from '../../src/storage/db';
import { entriesOf } from '../../src/storage/entrySets';
import { putEntries } from '../../src/storage/repositories/entries';
import { createGroup } from '../../src/storage/repositories/groups';
import { saveMedia } from '../../src/storage/repositories/media';
import { saveMeetingHeld } from '../../src/storage/repositories/meetings';
import { addPerson, removePerson } from '../../src/storage/repositories/people';
import { answerSamples } from '../fixtures/answerSamples';

/** A few bytes that start like a JPEG (the import checks the first bytes of every photo). */
export const jpegBytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1, 1, 0, 0, 1, 0xff, 0xd9]);

/** A group with members (one removed), a held meeting, every answer sample, and the photo and voice note they use. */
export async function seedGroup(name = 'Tiistaiporukka'): Promise<string> {
  const group = await createGroup({ name, place: 'Kirjasto' });
  const anna = await addPerson(group.id, { name: 'Anna', colour: 'red', avatar: 'avatar-cat', role: 'participant', photoConsent: true });
  const ben = await addPerson(group.id, { name: 'Ben', colour: 'blue', avatar: 'avatar-dog', role: 'peer' });
  await removePerson(ben.id);
  await saveMeetingHeld(group.id, 'm01', { heldOn: '2026-11-24', attendeeIds: [anna.id] });
  const photoId = await saveMedia(group.id, { mediaType: 'photo', mime: 'image/jpeg', blob: new Blob([jpegBytes], { type: 'image/jpeg' }), width: 1600, height: 1200 });
  const voiceId = await saveMedia(group.id, { mediaType: 'voice', mime: 'audio/webm', blob: new Blob([new Uint8Array([26, 69, 223, 163])], { type: 'audio/webm' }), durationMs: 1200 });
  // The samples' photo and voice note are these two (a file carries only the media its answers use).
  const withMedia = (data: unknown): unknown => JSON.parse(JSON.stringify(data).replaceAll('"photo-1"', JSON.stringify(photoId)).replaceAll('"voice-1"', JSON.stringify(voiceId)));
  await putEntries(
    answerSamples.map((s) => ({
      address: { groupId: group.id, meetingId: s.meetingId as 'm01', exerciseId: s.exerciseId, type: s.type, key: s.key },
      data: withMedia(s.data),
    })),
  );
  return group.id;
}

const rowKey = (row: Record<string, unknown>) => String(row['id'] ?? row['key']);

async function dumpTables(tables: readonly string[]): Promise<string> {
  const database = db();
  const out: Record<string, unknown[]> = {};
  for (const table of tables) {
    const rows = await database.table(table).toArray();
    out[table] = await Promise.all(
      rows
        .sort((a: Record<string, unknown>, b: Record<string, unknown>) => rowKey(a).localeCompare(rowKey(b)))
        .map(async (row: Record<string, unknown>) => {
          const blob = row['blob'];
          return blob instanceof Blob ? { ...row, blob: [...new Uint8Array(await blob.arrayBuffer())] } : row;
        }),
    );
  }
  return canonical(out);
}

/** Every table of the device, settings included (Blobs as their bytes), for "nothing changed" checks. */
export const dumpDatabase = (): Promise<string> => dumpTables(db().tables.map((t) => t.name).sort());

/** The group tables only: what two devices that merged the same files must agree on. */
export const dumpRecords = (): Promise<string> => dumpTables(['groups', 'people', 'meetings', 'entrySets', 'media']);

/** This device's settings rows whose key starts with `prefix`. */
export async function settingsRows(prefix: string): Promise<Record<string, unknown>> {
  const rows = await db().settings.where('key').startsWith(prefix).toArray();
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

export const entryIdOf = entryId;

/**
 * Runs a change a second later on this tablet's clock than everything before it (a later edit on
 * another tablet wins by its time), on the test's clock instead of a real wait.
 */
export async function later<T>(change: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 1000);
  try {
    return await change();
  } finally {
    vi.useRealTimers();
  }
}

/** Every answer on the device, removals included, as the repositories see them (they are kept in sets). */
export const storedEntries = async (): Promise<Entry[]> => entriesOf(await db().entrySets.toArray());
