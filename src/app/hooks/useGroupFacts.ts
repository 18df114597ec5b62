import type { GroupFacts } from '../../kinds/types';
import { getGroup } from '../../storage/repositories/groups';
import { listMeetingRecords } from '../../storage/repositories/meetings';
import { useLive } from './useLive';

/** The group's name, place and the days its meetings were held, for the kinds that show them. */
export function useGroupFacts(groupId: string): GroupFacts | undefined {
  return useLive(async () => {
    const [group, records] = await Promise.all([getGroup(groupId), listMeetingRecords(groupId)]);
    if (!group) return undefined;
    const heldDays = records.flatMap((r) => (!r.deleted && r.heldOn ? [r.heldOn] : [])).sort();
    return { name: group.name, place: group.place, heldDays };
  }, [groupId]);
}
