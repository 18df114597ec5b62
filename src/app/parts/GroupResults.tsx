import { summaryExercises } from '../../content/summaries';
import { useT } from '../../i18n/useT';
import { readGoal } from '../../kinds/cardBoard/goal';
import { GoalBox } from '../../kinds/cardBoard/parts/GoalBox';
import type { Entry } from '../../domain/records';
import { BigButton } from '../../ui/BigButton';
import { href } from '../router';

interface Props {
  readonly groupId: string;
  readonly goals: readonly Entry[];
  /** Ids of the result pages that have something in them; the others are not shown yet. */
  readonly made: ReadonlySet<string>;
}

/** What the group has decided and made so far: its goal, and its tips list and plan as pages (only once they exist). */
export function GroupResults({ groupId, goals, made }: Props) {
  const { tContent } = useT();
  const pages = summaryExercises().filter(({ exercise }) => made.has(exercise.id));
  return (
    <>
      {readGoal(goals) ? <GoalBox entries={goals} /> : null}
      {pages.length > 0 ? (
        <div class="button-row">
          {pages.map(({ exercise, meeting }) => (
            <BigButton
              key={exercise.id}
              pictogram={exercise.pictogram}
              label={tContent(exercise.config.summaryTitleKey)}
              href={href({ name: 'exercise', groupId, meetingId: meeting.id, exerciseId: exercise.id, step: 'summary' })}
            />
          ))}
        </div>
      ) : null}
    </>
  );
}
