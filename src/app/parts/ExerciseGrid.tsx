import type { Exercise, MeetingId } from '../../content/types';
import type { Entry } from '../../domain/records';
import { useT } from '../../i18n/useT';
import { progressOf } from '../../kinds/registry';
import { Pictogram } from '../../ui/Pictogram';
import { Say } from '../../ui/Say';
import { href } from '../router';
import { WorkbookName } from './WorkbookName';

const progressBadge = {
  done: { pictogram: 'done', key: 'exercise.done' },
  started: { pictogram: 'time', key: 'exercise.started' },
  'coming-soon': { pictogram: 'coming-soon', key: 'exercise.soon' },
} as const;

interface Props {
  readonly groupId: string;
  readonly meetingId: MeetingId;
  readonly exercises: readonly Exercise[];
  /** The meeting's answers, for the "done / started / coming" marks. */
  readonly entries: readonly Entry[];
}

/** A meeting's exercises as big picture cards, each with how far the group is. */
export function ExerciseGrid({ groupId, meetingId, exercises, entries }: Props) {
  const { t, tContent } = useT();
  return (
    <ul class="exercise-grid">
      {exercises.map((exercise) => {
        const progress = progressOf(exercise, entries);
        const badge = progress === 'not-started' ? null : progressBadge[progress];
        return (
          <li key={exercise.id}>
            <a class="exercise-card" href={href({ name: 'exercise', groupId, meetingId, exerciseId: exercise.id, step: null })}>
              <Pictogram id={exercise.pictogram} size={72} />
              <Say class="exercise-card__title" text={tContent(exercise.titleKey)} />
              <WorkbookName exercise={exercise} inCard />
              {badge ? (
                <span class="badge">
                  <Pictogram id={badge.pictogram} size={24} />
                  <Say text={t(badge.key)} />
                </span>
              ) : null}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
