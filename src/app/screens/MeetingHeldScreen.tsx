import { useEffect, useState } from 'preact/hooks';
import { findMeeting } from '../../content/lookup';
import type { MeetingId } from '../../content/types';
import { useT } from '../../i18n/useT';
import { reportError } from '../../state/errorStore';
import { offerUndo } from '../../state/undoStore';
import { getMeetingRecord, saveMeetingHeld } from '../../storage/repositories/meetings';
import { listMembers } from '../../storage/repositories/people';
import { AvatarButton, memberLook } from '../../ui/Avatar';
import { BigButton } from '../../ui/BigButton';
import { Pictogram } from '../../ui/Pictogram';
import { Say } from '../../ui/Say';
import { TextField } from '../../ui/TextField';
import { useLive } from '../hooks/useLive';
import { AppScreen } from '../parts/AppScreen';
import { NotFoundScreen } from '../parts/NotFoundScreen';
import { today } from '../../domain/dates';
import { navigate, type Route } from '../router';
import { GroupMedia } from '../parts/GroupMedia';

interface Props {
  readonly route: Route;
  readonly groupId: string;
  readonly meetingId: MeetingId;
}

/** Mark a meeting held: the day, and who came (everyone is ticked to start with). */
export function MeetingHeldScreen({ route, groupId, meetingId }: Props) {
  const { t, tContent } = useT();
  const meeting = findMeeting(meetingId);
  const record = useLive(async () => (await getMeetingRecord(groupId, meetingId)) ?? null, [groupId, meetingId]);
  const members = useLive(() => listMembers(groupId), [groupId]);
  const [day, setDay] = useState<string | null>(null);
  const [present, setPresent] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (day !== null || record === undefined || members === undefined) return;
    setDay(record?.heldOn ?? today());
    setPresent(new Set(record?.heldOn ? record.attendeeIds : members.map((m) => m.id)));
  }, [record, members, day]);
  if (!meeting) return <NotFoundScreen route={route} title={t('notFound.title')} text={t('notFound.text')} />;
  const title = `${t('meeting.number', { n: meeting.number })} ${tContent(meeting.titleKey)}`;
  const back = () => navigate({ name: 'meeting', groupId, meetingId });

  const save = async (event: Event) => {
    event.preventDefault();
    try {
      const attendeeIds = (members ?? []).filter((m) => present.has(m.id)).map((m) => m.id);
      await saveMeetingHeld(groupId, meetingId, { heldOn: day || today(), attendeeIds });
      back();
    } catch (error) {
      reportError(error);
    }
  };
  const markNotHeld = async () => {
    const previous = record?.heldOn ? { heldOn: record.heldOn, attendeeIds: record.attendeeIds } : null;
    try {
      await saveMeetingHeld(groupId, meetingId, null);
      if (previous) offerUndo({ message: t('meeting.unmarked'), undo: () => saveMeetingHeld(groupId, meetingId, previous) });
      back();
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <AppScreen route={route} title={title}>
      {day === null ? null : (
        <form class="stack" onSubmit={save}>
          <TextField name="held-on" type="date" label={t('meeting.day')} pictogram="calendar" value={day} onInput={setDay} />
          <fieldset class="stack">
            <legend class="field__label">
              <Pictogram id="group" size={40} />
              <Say text={t('meeting.whoCame')} />
            </legend>
            <GroupMedia groupId={groupId}>
              <div class="avatar-grid">
                {members?.map((m) => (
                  <AvatarButton
                    key={m.id}
                    {...memberLook(m)}
                    pressed={present.has(m.id)}
                    badge={present.has(m.id) ? 'done' : undefined}
                    onClick={() => {
                      const next = new Set(present);
                      if (next.has(m.id)) next.delete(m.id);
                      else next.add(m.id);
                      setPresent(next);
                    }}
                  />
                ))}
              </div>
            </GroupMedia>
          </fieldset>
          <BigButton type="submit" variant="primary" pictogram="save" label={t('actions.save')} />
          {record?.heldOn ? <BigButton pictogram="undo" label={t('meeting.markNotHeld')} onClick={() => void markNotHeld()} /> : null}
        </form>
      )}
    </AppScreen>
  );
}
