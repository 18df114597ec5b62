import { goalExerciseIds } from '../../content/outcomes';
import { summaryExercises } from '../../content/summaries';
import { useT } from '../../i18n/useT';
import { GoalBox } from '../../kinds/cardBoard/parts/GoalBox';
import { listEntriesOfType } from '../../storage/repositories/entries';
import { BigButton } from '../../ui/BigButton';
import { useLive } from '../hooks/useLive';
import { href } from '../router';

/** What the group has decided and made so far: its goal, and its tips list and plan as pages. */
export function GroupResults({ groupId }: { readonly groupId: string }) {
  const { tContent } = useT();
  const goals = useLive(() => listEntriesOfType(groupId, 'goal', goalExerciseIds()), [groupId]);
  return (
    <>
      {goals ? <GoalBox entries={goals} /> : null}
      <div class="button-row">
        {summaryExercises().map(({ exercise, meeting }) => (
          <BigButton
            key={exercise.id}
            pictogram={exercise.pictogram}
            label={tContent(exercise.config.summaryTitleKey)}
            href={href({ name: 'exercise', groupId, meetingId: meeting.id, exerciseId: exercise.id, step: 'summary' })}
          />
        ))}
      </div>
    </>
  );
}
