import { shouldSuggestBackup } from '../../domain/backup';
import { formatDay, today } from '../../domain/dates';
import { useT } from '../../i18n/useT';
import { listMeetingRecords } from '../../storage/repositories/meetings';
import { lastExport, latestChange } from '../../storage/transfer';
import { BigButton } from '../../ui/BigButton';
import { Notice } from '../../ui/Notice';
import { Say } from '../../ui/Say';
import { Section } from '../../ui/Section';
import { useLive } from '../hooks/useLive';
import { href } from '../router';

/** When the group was last put in a file, and a gentle reminder when a meeting is in no file yet. */
export function BackupStatus({ groupId }: { readonly groupId: string }) {
  const { t, language } = useT();
  const state = useLive(async () => {
    const [mark, latest, records] = await Promise.all([lastExport(groupId), latestChange(groupId), listMeetingRecords(groupId)]);
    const lastHeldDay = records.flatMap((r) => (r.heldOn ? [r.heldOn] : [])).sort().at(-1) ?? null;
    return { mark, latest, lastHeldDay };
  }, [groupId]);
  if (!state) return null;
  const isDue = shouldSuggestBackup({ lastExport: state.mark, latestChange: state.latest, lastHeldDay: state.lastHeldDay, today: today() });
  return (
    <Section title={t('transfer.files')} pictogram="storage">
      <p>
        <Say text={state.mark ? t('transfer.lastExport', { day: formatDay(state.mark.at.slice(0, 10), language) }) : t('transfer.neverExported')} />
      </p>
      {isDue ? <Notice pictogram="storage" tone="warning" text={t('transfer.remind')} /> : null}
      <BigButton variant={isDue ? 'primary' : 'secondary'} pictogram="share" label={t('transfer.exportThis')} href={href({ name: 'exportGroup', groupId })} />
    </Section>
  );
}
