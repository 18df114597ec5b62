import { meetings } from '../../content/meetings';
import { planExerciseId } from '../../content/planning';
import { today } from '../../domain/dates';
import { useT } from '../../i18n/useT';
import type { Entry } from '../../domain/records';
import { PictureCard } from '../../ui/PictureCard';
import { nextMeetingOf, readPlan } from './model';
import { nextText } from './nextText';

/** "Next time we meet on Tuesday at 14 in the library", when a support person has planned it. */
/** `entries`: the group's meeting plans. */
export function NextMeetingLine({ entries }: { readonly entries: readonly Entry[] }) {
  const { t, language } = useT();
  const plans = meetings.map((meeting) => ({ meetingId: meeting.id, plan: readPlan(meeting, entries.filter((e) => e.exerciseId === planExerciseId(meeting.id))) }));
  const next = nextMeetingOf(plans, today());
  return next ? <PictureCard pictogram="calendar" text={nextText(next, language, t)} speakLabel={t('actions.listen')} /> : null;
}
