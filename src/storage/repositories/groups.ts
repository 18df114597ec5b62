import { groupSettingsExerciseId, openVotingKey, readGroupSettings, settingType, type GroupSettings } from '../../domain/groupSettings';
import { newId } from '../../domain/ids';
import type { Group } from '../../domain/records';
import { db } from '../db';
import { stampedWrite } from '../device';
import { listExerciseEntries, putEntry } from './entries';

export interface GroupDraft {
  readonly name: string;
  readonly place: string;
}

export async function createGroup(draft: GroupDraft): Promise<Group> {
  return stampedWrite(['groups'], async (stamp, database) => {
    const id = newId();
    const group: Group = { id, groupId: id, ...draft, ...stamp(), deleted: false };
    await database.groups.add(group);
    return group;
  });
}

export async function updateGroup(id: string, draft: GroupDraft): Promise<void> {
  await stampedWrite(['groups'], async (stamp, database) => {
    const group = await database.groups.get(id);
    if (!group) throw new Error(`No group ${id}`);
    await database.groups.put({ ...group, ...draft, ...stamp() });
  });
}

export async function getGroup(id: string): Promise<Group | undefined> {
  const group = await db().groups.get(id);
  return group && !group.deleted ? group : undefined;
}

/** The device's groups, by name. */
export async function listGroups(): Promise<Group[]> {
  const groups = await db().groups.toArray();
  return groups.filter((g) => !g.deleted).sort((a, b) => a.name.localeCompare(b.name));
}

/** The group's settings (kept as answers of the whole group, so they travel and merge one by one). */
export async function getGroupSettings(groupId: string): Promise<GroupSettings> {
  return readGroupSettings(await listExerciseEntries(groupId, groupSettingsExerciseId));
}

/** Shows votes as they come (true) or hides them until everyone has voted (false, the default). */
export async function setOpenVoting(groupId: string, on: boolean): Promise<void> {
  await putEntry({ groupId, meetingId: 'group', exerciseId: groupSettingsExerciseId, type: settingType, key: openVotingKey }, { on });
}
