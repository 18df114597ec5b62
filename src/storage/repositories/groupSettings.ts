// The group's settings, kept as answers of the whole group so they travel and merge one by one.
// Apart from groups.ts, which the start screen loads: reading answers is not in the first download.
import { groupSettingsExerciseId, openVotingKey, readGroupSettings, settingType, type GroupSettings } from '../../domain/groupSettings';
import { listExerciseEntries, putEntry } from './entries';

/** The group's settings. */
export async function getGroupSettings(groupId: string): Promise<GroupSettings> {
  return readGroupSettings(await listExerciseEntries(groupId, groupSettingsExerciseId));
}

/** Shows votes as they come (true) or hides them until everyone has voted (false, the default). */
export async function setOpenVoting(groupId: string, on: boolean): Promise<void> {
  await putEntry({ groupId, meetingId: 'group', exerciseId: groupSettingsExerciseId, type: settingType, key: openVotingKey }, { on });
}
