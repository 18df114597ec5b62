// Members that were removed (tombstones), for documents that must leave their photos out. Its own
// module, not in people.ts: that one is in the first download, and only documents need this.
import { db } from '../db';

export async function listRemovedMemberIds(groupId: string): Promise<string[]> {
  return (await db().people.where('groupId').equals(groupId).toArray()).filter((p) => p.deleted).map((p) => p.id);
}
