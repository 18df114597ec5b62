import { findMeeting } from '../../content/lookup';
import { formatDay } from '../../domain/dates';
import { useT } from '../../i18n/useT';
import { readMemos } from '../../kinds/memo/model';
import { listMemoEntries } from '../../storage/repositories/entries';
import { BigButton } from '../../ui/BigButton';
import { Section } from '../../ui/Section';
import { useLive } from '../hooks/useLive';
import { memoHref } from './memoHref';

/** The group's memos of every meeting, newest meeting first, each opening the memo; nothing while there are none. */
export function GroupMemos({ groupId }: { readonly groupId: string }) {
  const { t, language } = useT();
  const entries = useLive(() => listMemoEntries(groupId), [groupId]);
  if (!entries) return null;
  const memos = readMemos(entries).toReversed();
  if (memos.length === 0) return null;
  return (
    <Section title={t('memo.groupMemos')} pictogram="memo">
      <ul class="stack">
        {memos.map((memo) => (
          <li key={memo.key}>
            <BigButton pictogram="memo" label={memo.topic || t('memo.untitled')} href={memoHref(groupId, memo)}>
              <span class="big-button__note">
                {' '}
                {t('memo.meetingNumber', { number: findMeeting(memo.meetingId)?.number ?? '' })}
                {memo.day ? `, ${formatDay(memo.day, language)}` : ''}
              </span>
            </BigButton>
          </li>
        ))}
      </ul>
    </Section>
  );
}
