// "Valmis! Seuraavaksi: …": the end of every exercise screen leads on to the meeting's next exercise,
// and after the last one to the meeting's summary, so the group always knows the way on.
import { nextExerciseOf } from '../../content/lookup';
import { planExerciseId } from '../../content/planning';
import type { Exercise, Meeting } from '../../content/types';
import type { Entry } from '../../domain/records';
import { useT } from '../../i18n/useT';
import { progressOf } from '../../kinds/registry';
import { BigButton } from '../../ui/BigButton';
import { readPlan } from '../plan/model';
import { href } from '../router';

interface Props {
  readonly groupId: string;
  readonly meeting: Meeting;
  readonly exercise: Exercise;
  readonly step: string | null;
  /** The meeting's saved answers (its exercises, its plan and memos). */
  readonly entries: readonly Entry[];
}

/**
 * Shown on the exercise's first screen (step null: an info card, a board, a list of turns — where a
 * group that has finished comes back to), and on any step once the kind says the exercise is done.
 * Not in the middle of a multi-step exercise, where the kind's own "next step" is the way on, and
 * (by CSS, wayOn.css) not while a member's turn is open, where "Valmis" ends the turn.
 */
export function WayOn({ groupId, meeting, exercise, step, entries }: Props) {
  const { t, tContent } = useT();
  const isDone = progressOf(exercise, entries) === 'done';
  if (step !== null && !isDone) return null;
  const inRun = meeting.exercises.some((e) => e.id === exercise.id);
  const chosen = readPlan(meeting, entries.filter((e) => e.exerciseId === planExerciseId(meeting.id))).exerciseIds;
  const next = inRun ? nextExerciseOf(meeting, exercise.id, chosen) : null;
  const target = next
    ? { label: t('wayOn.next', { title: tContent(next.titleKey) }), pictogram: next.pictogram, to: href({ name: 'exercise', groupId, meetingId: meeting.id, exerciseId: next.id, step: null }) }
    : inRun
      ? { label: t('wayOn.toSummary'), pictogram: 'celebrate' as const, to: href({ name: 'meetingSummary', groupId, meetingId: meeting.id }) }
      : { label: t('wayOn.memoDone'), pictogram: 'next-meeting' as const, to: href({ name: 'meeting', groupId, meetingId: meeting.id }) };
  return (
    <nav class="way-on" aria-label={t('wayOn.label')}>
      <BigButton variant="primary" class="way-on__button" pictogram={target.pictogram} label={target.label} href={target.to} />
    </nav>
  );
}
