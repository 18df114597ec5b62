import type { GroupFacts } from '../../kinds/types';
import { getGroup } from '../../storage/repositories/groups';
import { getGroupSettings } from '../../storage/repositories/groupSettings';
import { listMeetingRecords } from '../../storage/repositories/meetings';
import { useLive } from './useLive';

/** The group's name, place, the days its meetings were held and its voting setting, for the kinds that use them. */
export function useGroupFacts(groupId: string): GroupFacts | undefined {
  return useLive(async () => {
    const [group, records, settings] = await Promise.all([getGroup(groupId), listMeetingRecords(groupId), getGroupSettings(groupId)]);
    if (!group) return undefined;
    const heldDays = records.flatMap((r) => (!r.deleted && r.heldOn ? [r.heldOn] : [])).sort();
    return { name: group.name, place: group.place, heldDays, openVoting: settings.openVoting };
  }, [groupId]);
}
