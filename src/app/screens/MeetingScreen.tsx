import { findMeeting, supportChecklistId } from '../../content/lookup';
import type { MeetingId } from '../../content/types';
import { useT } from '../../i18n/useT';
import { ChecklistSections } from '../../kinds/checklist/View';
import { progressOf } from '../../kinds/registry';
import { listMeetingEntries } from '../../storage/repositories/entries';
import { getMeetingRecord } from '../../storage/repositories/meetings';
import { listMembers } from '../../storage/repositories/people';
import { BigButton } from '../../ui/BigButton';
import { PictureCard } from '../../ui/PictureCard';
import { Pictogram } from '../../ui/Pictogram';
import { Say } from '../../ui/Say';
import { Section } from '../../ui/Section';
import { answersFor } from '../hooks/answersFor';
import { useLive } from '../hooks/useLive';
import { AppScreen } from '../parts/AppScreen';
import { NotFoundScreen } from '../parts/NotFoundScreen';
import { formatDay } from '../../domain/dates';
import { href, type Route } from '../router';

interface Props {
  readonly route: Route;
  readonly groupId: string;
  readonly meetingId: MeetingId;
}

const progressBadge = {
  done: { pictogram: 'done', key: 'exercise.done' },
  started: { pictogram: 'time', key: 'exercise.started' },
  'coming-soon': { pictogram: 'coming-soon', key: 'exercise.soon' },
} as const;

/** One meeting: its purpose, its exercises as picture cards, whether it was held, and the support persons' list. */
export function MeetingScreen({ route, groupId, meetingId }: Props) {
  const { t, tContent, language } = useT();
  const meeting = findMeeting(meetingId);
  const entries = useLive(() => listMeetingEntries(groupId, meetingId), [groupId, meetingId]);
  const record = useLive(async () => (await getMeetingRecord(groupId, meetingId)) ?? null, [groupId, meetingId]);
  const members = useLive(() => listMembers(groupId), [groupId]);
  if (!meeting) return <NotFoundScreen route={route} title={t('notFound.title')} text={t('notFound.text')} />;
  const attendees = members?.filter((m) => record?.attendeeIds.includes(m.id)).map((m) => m.name) ?? [];

  return (
    <AppScreen route={route} title={`${t('meeting.number', { n: meeting.number })} ${tContent(meeting.titleKey)}`}>
      <PictureCard size="large" pictogram={meeting.pictogram} text={tContent(meeting.purposeKey)} speakLabel={t('actions.listen')} />
      <Section title={t('meeting.exercises')} pictogram="tasks">
        <ul class="exercise-grid">
          {meeting.exercises.map((exercise) => {
            const progress = entries ? progressOf(exercise, entries) : 'not-started';
            const badge = progress === 'not-started' ? null : progressBadge[progress];
            return (
              <li key={exercise.id}>
                <a class="exercise-card" href={href({ name: 'exercise', groupId, meetingId, exerciseId: exercise.id, step: null })}>
                  <Pictogram id={exercise.pictogram} size={72} />
                  <Say class="exercise-card__title" text={tContent(exercise.titleKey)} />
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
      </Section>
      <Section title={t('meeting.heldTitle')} pictogram="calendar">
        {record?.heldOn ? (
          <p class="lead">
            <Say text={t('meeting.heldOn', { day: formatDay(record.heldOn, language) })} />{' '}
            {attendees.length > 0 ? <Say text={t('meeting.attendees', { names: attendees.join(', ') })} /> : null}
          </p>
        ) : (
          <p>
            <Say text={t('meeting.notHeld')} />
          </p>
        )}
        <BigButton
          variant={record?.heldOn ? 'secondary' : 'primary'}
          pictogram={record?.heldOn ? 'edit' : 'done'}
          label={t(record?.heldOn ? 'meeting.changeHeld' : 'meeting.markHeld')}
          href={href({ name: 'meetingHeld', groupId, meetingId })}
        />
      </Section>
      <Section title={t('meeting.supportChecklist')} pictogram="role-support" class="support-area">
        {entries ? (
          <ChecklistSections config={meeting.supportChecklist} answers={answersFor(groupId, meetingId, supportChecklistId(meetingId), entries)} />
        ) : null}
      </Section>
    </AppScreen>
  );
}
