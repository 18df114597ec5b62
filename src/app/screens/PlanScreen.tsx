import { useState } from 'preact/hooks';
import { findMeeting, supportChecklistId } from '../../content/lookup';
import { materials, nextMeetingFields, otherMaterialsField, planExerciseId } from '../../content/planning';
import type { Meeting, MeetingId } from '../../content/types';
import { useT } from '../../i18n/useT';
import { ChecklistSections } from '../../kinds/checklist/View';
import { changedFields } from '../../kinds/form/model';
import { FormFields } from '../../kinds/form/parts/FormFields';
import { lock } from '../../services/supportMode';
import { listMeetingEntries } from '../../storage/repositories/entries';
import { BigButton } from '../../ui/BigButton';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { Section } from '../../ui/Section';
import { answersFor } from '../hooks/answersFor';
import { useLive } from '../hooks/useLive';
import { usePendingAnswers } from '../hooks/usePendingAnswers';
import { AppScreen } from '../parts/AppScreen';
import { NotFoundScreen } from '../parts/NotFoundScreen';
import { readPlan } from '../plan/model';
import { HeldSummary } from '../plan/HeldSummary';
import { navigate, type Route } from '../router';

interface Props {
  readonly route: Route;
  readonly groupId: string;
  readonly meetingId: MeetingId;
}

/** A support person plans a meeting: exercises, materials, their checklist, who came, the next meeting. */
export function PlanScreen({ route, groupId, meetingId }: Props) {
  const { t, tContent } = useT();
  const meeting = findMeeting(meetingId);
  const savedEntries = useLive(() => listMeetingEntries(groupId, meetingId), [groupId, meetingId]);
  const { entries, track } = usePendingAnswers(savedEntries);
  // Which form was saved last (by its first field), to say "Saved" under it.
  const [saved, setSaved] = useState<string | null>(null);
  if (!meeting) return <NotFoundScreen route={route} title={t('notFound.title')} text={t('notFound.text')} />;
  const title = t('plan.title', { n: meeting.number, title: tContent(meeting.titleKey) });
  if (!entries) return <AppScreen route={route} title={title}><Loading /></AppScreen>;
  const planAnswers = answersFor(groupId, meetingId, planExerciseId(meetingId), entries, track);
  const plan = readPlan(meeting, planAnswers.entries);
  const saveFields = async (values: Record<string, string>) => {
    await planAnswers.put(...changedFields(plan.values, values));
    setSaved(Object.keys(values)[0] ?? null);
  };
  const savedNotice = (fieldId: string) => (saved === fieldId ? <Notice pictogram="done" tone="success" text={t('plan.saved')} /> : null);

  return (
    <AppScreen route={route} title={title}>
      <Section title={t('plan.exercises')} pictogram="tasks">
        <ChecklistSections config={{ sections: [exerciseChoices(meeting)] }} answers={planAnswers} />
      </Section>
      <Section title={t('plan.materialsTitle')} pictogram="materials">
        <ChecklistSections config={{ sections: [materials] }} answers={planAnswers} />
        <FormFields fields={[otherMaterialsField]} values={plan.values} suggestedNames={[]} onSave={saveFields} />
        {savedNotice(otherMaterialsField.id)}
      </Section>
      <Section title={t('meeting.supportChecklist')} pictogram="role-support">
        <ChecklistSections config={meeting.supportChecklist} answers={answersFor(groupId, meetingId, supportChecklistId(meetingId), entries, track)} />
      </Section>
      <HeldSummary groupId={groupId} meetingId={meetingId} />
      <Section title={t('plan.next')} pictogram="calendar">
        <FormFields fields={nextMeetingFields} values={plan.values} suggestedNames={[]} onSave={saveFields} />
        {savedNotice(nextMeetingFields[0]?.id ?? '')}
      </Section>
      <Section title={t('plan.start')} pictogram="support-mode">
        <BigButton
          variant="primary"
          pictogram="lock"
          label={t('plan.startMeeting')}
          onClick={() => {
            lock();
            navigate({ name: 'meeting', groupId, meetingId });
          }}
        />
      </Section>
    </AppScreen>
  );
}

/** The meeting's exercises as tickable rows: the ones the group will do this time. */
function exerciseChoices(meeting: Meeting) {
  return { id: 'exercises', items: meeting.exercises.map((e) => ({ id: e.id, textKey: e.titleKey, pictogram: e.pictogram })) };
}
