import { memoExerciseId } from '../../content/memos';
import { findMeeting } from '../../content/lookup';
import { planExerciseId } from '../../content/planning';
import type { MeetingId } from '../../content/types';
import { useT } from '../../i18n/useT';
import { listMeetingEntries } from '../../storage/repositories/entries';
import { getMeetingRecord } from '../../storage/repositories/meetings';
import { listMembers } from '../../storage/repositories/people';
import { BigButton } from '../../ui/BigButton';
import { Loading } from '../../ui/Loading';
import { PictureCard } from '../../ui/PictureCard';
import { Say } from '../../ui/Say';
import { Section } from '../../ui/Section';
import { useLive } from '../hooks/useLive';
import { AppScreen } from '../parts/AppScreen';
import { ExerciseGrid } from '../parts/ExerciseGrid';
import { NotFoundScreen } from '../parts/NotFoundScreen';
import { readPlan } from '../plan/model';
import { formatDay } from '../../domain/dates';
import { href, type Route } from '../router';
import { SupportOnly } from '../support/SupportOnly';

interface Props {
  readonly route: Route;
  readonly groupId: string;
  readonly meetingId: MeetingId;
}

/** One meeting: its purpose, its exercises as picture cards (today's first), whether it was held, and the support persons' tools. */
export function MeetingScreen({ route, groupId, meetingId }: Props) {
  const { t, tContent, language } = useT();
  const meeting = findMeeting(meetingId);
  const entries = useLive(() => listMeetingEntries(groupId, meetingId), [groupId, meetingId]);
  const record = useLive(async () => (await getMeetingRecord(groupId, meetingId)) ?? null, [groupId, meetingId]);
  const members = useLive(() => listMembers(groupId), [groupId]);
  if (!meeting) return <NotFoundScreen route={route} title={t('notFound.title')} text={t('notFound.text')} />;
  const title = `${t('meeting.number', { n: meeting.number })} ${tContent(meeting.titleKey)}`;
  // The page appears whole once everything is read, so no card moves under a finger about to tap it.
  if (!entries || record === undefined || !members) return <AppScreen route={route} title={title}><Loading /></AppScreen>;
  const attendees = members.filter((m) => record?.attendeeIds.includes(m.id)).map((m) => m.name);
  // The support persons may have chosen the exercises for this time: those first, the rest after.
  const chosen = new Set(readPlan(meeting, entries.filter((e) => e.exerciseId === planExerciseId(meetingId))).exerciseIds);
  const today = meeting.exercises.filter((e) => chosen.has(e.id));
  const others = meeting.exercises.filter((e) => !chosen.has(e.id));

  return (
    <AppScreen route={route} title={title}>
      <PictureCard size="large" pictogram={meeting.pictogram} text={tContent(meeting.purposeKey)} speakLabel={t('actions.listen')} />
      {today.length > 0 ? (
        <>
          <Section title={t('meeting.today')} pictogram="next-meeting">
            <ExerciseGrid groupId={groupId} meetingId={meetingId} exercises={today} entries={entries} />
          </Section>
          <Section title={t('meeting.otherExercises')} pictogram="tasks">
            <ExerciseGrid groupId={groupId} meetingId={meetingId} exercises={others} entries={entries} />
          </Section>
        </>
      ) : (
        <Section title={t('meeting.exercises')} pictogram="tasks">
          <ExerciseGrid groupId={groupId} meetingId={meetingId} exercises={meeting.exercises} entries={entries} />
        </Section>
      )}
      <div class="button-row">
        <BigButton pictogram="celebrate" label={t('summary.open')} href={href({ name: 'meetingSummary', groupId, meetingId })} />
        {meeting.exercises.some((e) => e.id === memoExerciseId(meetingId)) ? null : (
          <BigButton pictogram="memo" label={t('memo.write')} href={href({ name: 'exercise', groupId, meetingId, exerciseId: memoExerciseId(meetingId), step: null })} />
        )}
      </div>
      {/* Participants see the day and who came once it is marked; "not held yet" is for support persons. */}
      {record?.heldOn ? (
        <Section title={t('meeting.heldTitle')} pictogram="calendar">
          <p class="lead">
            <Say text={t('meeting.heldOn', { day: formatDay(record.heldOn, language) })} />{' '}
            {attendees.length > 0 ? <Say text={t('meeting.attendees', { names: attendees.join(', ') })} /> : null}
          </p>
        </Section>
      ) : (
        <SupportOnly>
          <Section title={t('meeting.heldTitle')} pictogram="calendar">
            <p>
              <Say text={t('meeting.notHeld')} />
            </p>
          </Section>
        </SupportOnly>
      )}
      <SupportOnly>
        <Section title={t('meeting.forSupport')} pictogram="role-support" class="support-area">
          <div class="button-row">
            <BigButton variant="primary" pictogram="plan-meeting" label={t('plan.open')} href={href({ name: 'plan', groupId, meetingId })} />
            <BigButton
              pictogram={record?.heldOn ? 'edit' : 'done'}
              label={t(record?.heldOn ? 'meeting.changeHeld' : 'meeting.markHeld')}
              href={href({ name: 'meetingHeld', groupId, meetingId })}
            />
          </div>
        </Section>
      </SupportOnly>
    </AppScreen>
  );
}
