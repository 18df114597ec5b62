import { newId } from '../../domain/ids';
import type { Group } from '../../domain/records';
import { db } from '../db';
import { stampedWrite } from '../device';

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
