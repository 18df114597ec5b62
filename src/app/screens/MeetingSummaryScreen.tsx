import { useContext, useRef } from 'preact/hooks';
import { findMeeting, meetingRun } from '../../content/lookup';
import { memoExerciseId } from '../../content/memos';
import { goalExerciseIds, rulesExercise } from '../../content/outcomes';
import { planExerciseId } from '../../content/planning';
import type { MeetingId } from '../../content/types';
import { useT } from '../../i18n/useT';
import { GoalBox } from '../../kinds/cardBoard/parts/GoalBox';
import { readGoal } from '../../kinds/cardBoard/goal';
import { readMemos } from '../../kinds/memo/model';
import { progressOf } from '../../kinds/registry';
import { listEntriesOfType, listMeetingEntries } from '../../storage/repositories/entries';
import { getMeetingRecord } from '../../storage/repositories/meetings';
import { BigButton } from '../../ui/BigButton';
import { Loading } from '../../ui/Loading';
import { Pictogram } from '../../ui/Pictogram';
import { PictureCard } from '../../ui/PictureCard';
import { Say } from '../../ui/Say';
import { Section } from '../../ui/Section';
import { SpeechContext } from '../../ui/speechPort';
import { useLive } from '../hooks/useLive';
import { useRules } from '../hooks/useRules';
import { AppScreen } from '../parts/AppScreen';
import { ExerciseGrid } from '../parts/ExerciseGrid';
import { NotFoundScreen } from '../parts/NotFoundScreen';
import { readPlan } from '../plan/model';
import { href, type Route } from '../router';
import { SupportOnly } from '../support/SupportOnly';

interface Props {
  readonly route: Route;
  readonly groupId: string;
  readonly meetingId: MeetingId;
}

/**
 * After a meeting's last exercise: what we did (the exercises, with their pictures) and what we
 * decided (the rules made, the chosen goal, what the memos say was agreed), read aloud with one tap.
 * A support person is offered "mark the meeting held" and the memo.
 */
export function MeetingSummaryScreen({ route, groupId, meetingId }: Props) {
  const { t, tContent } = useT();
  const speech = useContext(SpeechContext);
  const content = useRef<HTMLDivElement>(null);
  const meeting = findMeeting(meetingId);
  const goalIds = goalExerciseIds().filter((id) => meeting?.exercises.some((e) => e.id === id));
  const entries = useLive(() => listMeetingEntries(groupId, meetingId), [groupId, meetingId]);
  const goals = useLive(() => listEntriesOfType(groupId, 'goal', goalIds), [groupId, goalIds]);
  const record = useLive(async () => (await getMeetingRecord(groupId, meetingId)) ?? null, [groupId, meetingId]);
  const rules = useRules(groupId);
  if (!meeting) return <NotFoundScreen route={route} title={t('notFound.title')} text={t('notFound.text')} />;
  const title = t('summary.title', { n: meeting.number });
  if (!entries || !goals || record === undefined || !rules) return <AppScreen route={route} title={title}><Loading /></AppScreen>;

  const chosen = readPlan(meeting, entries.filter((e) => e.exerciseId === planExerciseId(meetingId))).exerciseIds;
  const { today } = meetingRun(meeting, chosen);
  // What the group did: the exercises it started or finished; all of today's when none has answers (info cards).
  const did = today.filter((e) => progressOf(e, entries) !== 'not-started');
  const shown = did.length > 0 ? did : today;
  const madeRules = rulesExercise().meeting.id === meetingId ? rules : [];
  const hasGoal = readGoal(goals) !== null;
  const agreed = readMemos(entries.filter((e) => e.exerciseId === memoExerciseId(meetingId)))
    .map((m) => m.agreed.trim())
    .filter(Boolean);
  const hasDecisions = madeRules.length > 0 || hasGoal || agreed.length > 0;
  const meetingTitle = tContent(meeting.titleKey);
  const opening = `${/[.!?]$/.test(meetingTitle) ? meetingTitle : `${meetingTitle}.`} ${t('summary.intro')}`;

  return (
    <AppScreen route={route} title={title}>
      {/* One tap reads the whole summary (browsers speak only after a tap). */}
      <BigButton variant="primary" pictogram="read-aloud" label={t('summary.listen')} onClick={() => content.current && speech.readAloud(content.current)} />
      <div class="meeting-summary stack" ref={content}>
        <PictureCard size="large" pictogram="celebrate" text={opening} speakLabel={t('actions.listen')} />
        <Section title={t('summary.did')} pictogram="tasks">
          <ExerciseGrid groupId={groupId} meetingId={meetingId} exercises={shown} entries={entries} />
        </Section>
        {hasDecisions ? (
          <Section title={t('summary.decided')} pictogram="agree-together">
            {madeRules.length > 0 ? (
              <ol class="rule-list" aria-label={t('rules.title')}>
                {madeRules.map(({ rule, text, pictogram }) => (
                  <li key={rule.key} class="rule">
                    <Pictogram id={pictogram} size={48} />
                    <Say text={text} />
                  </li>
                ))}
              </ol>
            ) : null}
            {hasGoal ? <GoalBox entries={goals} /> : null}
            {agreed.map((text, i) => (
              <p key={i} class="lead with-pictogram">
                <Pictogram id="agree-together" size={40} />
                <Say text={t('summary.agreed', { text })} />
              </p>
            ))}
          </Section>
        ) : null}
      </div>
      <SupportOnly>
        <Section title={t('meeting.forSupport')} pictogram="role-support" class="support-area">
          <p>
            <Say text={t('summary.forSupport')} />
          </p>
          <div class="button-row">
            <BigButton
              variant="primary"
              pictogram={record?.heldOn ? 'edit' : 'done'}
              label={t(record?.heldOn ? 'meeting.changeHeld' : 'summary.markHeld')}
              href={href({ name: 'meetingHeld', groupId, meetingId })}
            />
            <BigButton pictogram="memo" label={t('memo.write')} href={href({ name: 'exercise', groupId, meetingId, exerciseId: memoExerciseId(meetingId), step: null })} />
          </div>
        </Section>
      </SupportOnly>
      <BigButton pictogram="group" label={t('summary.toGroup')} href={href({ name: 'group', groupId })} />
    </AppScreen>
  );
}
