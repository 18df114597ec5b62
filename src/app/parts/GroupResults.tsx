import { summaryExercises } from '../../content/summaries';
import { useT } from '../../i18n/useT';
import { GoalBox } from '../../kinds/cardBoard/parts/GoalBox';
import type { Entry } from '../../domain/records';
import { BigButton } from '../../ui/BigButton';
import { href } from '../router';

/** What the group has decided and made so far: its goal, and its tips list and plan as pages. */
export function GroupResults({ groupId, goals }: { readonly groupId: string; readonly goals: readonly Entry[] }) {
  const { tContent } = useT();
  return (
    <>
      <GoalBox entries={goals} />
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
