import { goalExerciseIds } from '../../content/outcomes';
import { listEntriesOfType, listPlanEntries } from '../../storage/repositories/entries';
import { getGroup } from '../../storage/repositories/groups';
import { listMeetingRecords } from '../../storage/repositories/meetings';
import { listMembers } from '../../storage/repositories/people';
import { useLive } from './useLive';

/**
 * Everything the group page shows above and around its journey, read in one query: the page appears
 * at once, so nothing moves under a finger that is about to tap a meeting. `undefined` while loading.
 */
export function useGroupPage(groupId: string) {
  return useLive(async () => {
    const [group, members, records, goals, plans] = await Promise.all([
      getGroup(groupId),
      listMembers(groupId),
      listMeetingRecords(groupId),
      listEntriesOfType(groupId, 'goal', goalExerciseIds()),
      listPlanEntries(groupId),
    ]);
    return { group, members, records, goals, plans };
  }, [groupId]);
}
