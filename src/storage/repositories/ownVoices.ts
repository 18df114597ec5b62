// The group's own recordings of spoken texts (see domain/ownVoices.ts).
import { ownVoicesExerciseId, readRecordings, recordingType, type Recording } from '../../domain/ownVoices';
import { listExerciseEntries, putEntry, removeEntry, restoreEntry, type EntryAddress } from './entries';
import { getMediaBlob } from './media';

const addressOf = (groupId: string, key: string): EntryAddress => ({
  groupId,
  meetingId: 'group',
  exerciseId: ownVoicesExerciseId,
  type: recordingType,
  key,
});

/** The group's recordings. */
export async function listRecordings(groupId: string): Promise<Recording[]> {
  return readRecordings(await listExerciseEntries(groupId, ownVoicesExerciseId));
}

/** The group's recordings with their sound files (key → file), for playing at a tap. */
export async function loadRecordingFiles(groupId: string): Promise<Map<string, Blob>> {
  const recordings = await listRecordings(groupId);
  const files = await Promise.all(recordings.map(async (r) => [r.key, await getMediaBlob(r.mediaId)] as const));
  return new Map(files.filter((pair): pair is readonly [string, Blob] => pair[1] !== null));
}

/** Keeps a recording of these words (a new one replaces the old). */
export async function saveRecording(groupId: string, recording: Recording): Promise<void> {
  const { key, ...data } = recording;
  await putEntry(addressOf(groupId, key), data);
}

/** Removes a recording; the words are read by a voice again. Undo with restoreRecording. */
export const removeRecording = (groupId: string, key: string): Promise<void> => removeEntry(addressOf(groupId, key));

export const restoreRecording = (groupId: string, key: string): Promise<void> => restoreEntry(addressOf(groupId, key));
