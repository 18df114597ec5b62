import type { MeetingId } from '../../content/types';
import { formatDay } from '../../domain/dates';
import { useT } from '../../i18n/useT';
import { getMeetingRecord } from '../../storage/repositories/meetings';
import { listMembers } from '../../storage/repositories/people';
import { Avatar, memberLook } from '../../ui/Avatar';
import { BigButton } from '../../ui/BigButton';
import { Say } from '../../ui/Say';
import { Section } from '../../ui/Section';
import { useLive } from '../hooks/useLive';
import { href } from '../router';
import { GroupMedia } from '../parts/GroupMedia';

/** Whether the meeting was held, on which day, and who came (changed on the "held" screen). */
export function HeldSummary({ groupId, meetingId }: { readonly groupId: string; readonly meetingId: MeetingId }) {
  const { t, language } = useT();
  const record = useLive(async () => (await getMeetingRecord(groupId, meetingId)) ?? null, [groupId, meetingId]);
  const members = useLive(() => listMembers(groupId), [groupId]);
  const came = members?.filter((m) => record?.attendeeIds.includes(m.id)) ?? [];
  return (
    <Section title={t('plan.attendance')} pictogram="group">
      <p class="lead">
        <Say text={record?.heldOn ? t('meeting.heldOn', { day: formatDay(record.heldOn, language) }) : t('meeting.notHeld')} />
      </p>
      {record?.heldOn ? (
        <GroupMedia groupId={groupId}>
          <div class="avatar-grid">
            {came.map((m) => (
              <Avatar key={m.id} {...memberLook(m)} size="small" />
            ))}
          </div>
        </GroupMedia>
      ) : null}
      <BigButton
        pictogram={record?.heldOn ? 'edit' : 'done'}
        label={t(record?.heldOn ? 'meeting.changeHeld' : 'meeting.markHeld')}
        href={href({ name: 'meetingHeld', groupId, meetingId })}
      />
    </Section>
  );
}
