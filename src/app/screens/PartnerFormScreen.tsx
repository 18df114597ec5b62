import { useEffect, useState } from 'preact/hooks';
import * as v from 'valibot';
import { findExercise } from '../../content/lookup';
import { meetings } from '../../content/meetings';
import { newId } from '../../domain/ids';
import { contactWays, partnerSchema, partnersExerciseId, partnerType, readPartners, type PartnerData } from '../../domain/partners';
import { useT } from '../../i18n/useT';
import { listExerciseEntries } from '../../storage/repositories/entries';
import { BigButton } from '../../ui/BigButton';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { answersFor } from '../hooks/answersFor';
import { useLive } from '../hooks/useLive';
import { AppScreen } from '../parts/AppScreen';
import { partnerDraftFrom } from '../partners/partnerIdea';
import { ToggleTiles } from '../partners/ToggleTiles';
import { contactWayPictogram } from '../partners/contactWays';
import { navigate, type PartnerIdea, type Route } from '../router';

interface Props {
  readonly route: Route;
  readonly groupId: string;
  readonly partnerId: string | null;
  /** A new partner starts from this answer (a partner idea chosen in meeting 6). */
  readonly from?: PartnerIdea | undefined;
}

type Problem = 'name' | 'phone' | 'email';

const empty = (): PartnerData => ({ name: '', organisation: '', offers: '', phone: '', email: '', ways: [], meetingIds: [], tasks: '', createdAt: Date.now() });

/** Add or change a partner: who, what they offer, how to reach them, and where they take part. */
export function PartnerFormScreen({ route, groupId, partnerId, from }: Props) {
  const { t, tContent } = useT();
  const entries = useLive(() => listExerciseEntries(groupId, partnersExerciseId), [groupId]);
  const fromEntries = useLive(() => (from ? listExerciseEntries(groupId, from.exerciseId) : Promise.resolve([])), [groupId, from?.exerciseId]);
  const [draft, setDraft] = useState<PartnerData | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  useEffect(() => {
    if (!entries || !fromEntries || draft) return;
    const existing = readPartners(entries).find((p) => p.key === partnerId);
    if (existing) {
      const { key: _key, ...data } = existing;
      setDraft(data);
    } else setDraft({ ...empty(), ...partnerDraftFrom(from, fromEntries, tContent) });
  }, [entries, fromEntries, draft, partnerId, from, tContent]);
  const title = t(partnerId ? 'partners.editTitle' : 'partners.newTitle');
  if (!entries || !draft) return <AppScreen route={route} title={title}><Loading /></AppScreen>;

  const change = (patch: Partial<PartnerData>) => {
    setDraft({ ...draft, ...patch });
    setProblem(null);
  };
  const save = async (event: Event) => {
    event.preventDefault();
    const checked = v.safeParse(partnerSchema, { ...draft, organisation: draft.organisation.trim(), phone: draft.phone.trim(), email: draft.email.trim() });
    if (!checked.success) {
      const field = checked.issues[0]?.path?.[0]?.key;
      setProblem(field === 'phone' ? 'phone' : field === 'email' ? 'email' : 'name');
      return;
    }
    await answersFor(groupId, 'group', partnersExerciseId, entries).put({ type: partnerType, key: partnerId ?? newId(), data: checked.output });
    // Started from an exercise: back to it, so the group goes on where it was.
    const origin = from ? findExercise(from.exerciseId) : undefined;
    navigate(origin ? { name: 'exercise', groupId, meetingId: origin.meeting.id, exerciseId: origin.exercise.id, step: null } : { name: 'partners', groupId });
  };

  return (
    <AppScreen route={route} title={title}>
      <form class="stack" onSubmit={(event) => void save(event)} noValidate>
        <TextField name="partner-name" label={t('partners.name')} pictogram="partner" value={draft.name} maxLength={80} required onInput={(name) => change({ name })} />
        {problem === 'name' ? <Notice pictogram="edit" tone="warning" text={t('partners.problem.name')} /> : null}
        <TextField name="partner-organisation" label={t('partners.organisation')} pictogram="associations" value={draft.organisation} maxLength={120} onInput={(organisation) => change({ organisation })} />
        <TextField name="partner-offers" multiline label={t('partners.offers')} pictogram="help-each-other" value={draft.offers} maxLength={500} onInput={(offers) => change({ offers })} />
        <TextField name="partner-phone" label={t('partners.phone')} pictogram="phone" value={draft.phone} maxLength={40} onInput={(phone) => change({ phone })} />
        {problem === 'phone' ? <Notice pictogram="phone" tone="warning" text={t('partners.problem.phone')} /> : null}
        <TextField name="partner-email" label={t('partners.email')} pictogram="e-mail" value={draft.email} maxLength={120} onInput={(email) => change({ email })} />
        {problem === 'email' ? <Notice pictogram="e-mail" tone="warning" text={t('partners.problem.email')} /> : null}
        <ToggleTiles
          legend={t('partners.ways')}
          legendPictogram="phone"
          options={contactWays.map((way) => ({ value: way, label: t(`partners.way.${way}`), pictogram: contactWayPictogram[way] }))}
          chosen={draft.ways}
          onChange={(ways) => change({ ways })}
        />
        <ToggleTiles
          legend={t('partners.meetings')}
          legendPictogram="calendar"
          options={meetings.map((m) => ({ value: m.id, label: `${m.number}. ${tContent(m.titleKey)}`, pictogram: m.pictogram }))}
          chosen={draft.meetingIds}
          onChange={(meetingIds) => change({ meetingIds })}
        />
        <TextField name="partner-tasks" multiline label={t('partners.tasks')} pictogram="tasks" value={draft.tasks} maxLength={500} onInput={(tasks) => change({ tasks })} />
        <BigButton type="submit" variant="primary" pictogram="save" label={t('actions.save')} />
      </form>
    </AppScreen>
  );
}
