import { goalExerciseIds } from '../../content/outcomes';
import { summaryExercises } from '../../content/summaries';
import { listEntriesOfExercises, listEntriesOfType, listPlanEntries } from '../../storage/repositories/entries';
import { getGroup } from '../../storage/repositories/groups';
import { listMeetingRecords } from '../../storage/repositories/meetings';
import { listMembers } from '../../storage/repositories/people';
import { useLive } from './useLive';

/**
 * Everything the group page shows above and around its journey, read in one query: the page appears
 * at once, so nothing moves under a finger that is about to tap a meeting. `undefined` while loading.
 * `made`: the ids of the result pages (tips list, action plan) that have something in them.
 */
export function useGroupPage(groupId: string) {
  return useLive(async () => {
    const summaryIds = summaryExercises().map(({ exercise }) => exercise.id);
    const [group, members, records, goals, plans, summaries] = await Promise.all([
      getGroup(groupId),
      listMembers(groupId),
      listMeetingRecords(groupId),
      listEntriesOfType(groupId, 'goal', goalExerciseIds()),
      listPlanEntries(groupId),
      listEntriesOfExercises(groupId, summaryIds),
    ]);
    const made = new Set(summaries.map((e) => e.exerciseId));
    return { group, members, records, goals, plans, made };
  }, [groupId]);
}
