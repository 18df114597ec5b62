import { useContext } from 'preact/hooks';
import { formatDay } from '../../domain/dates';
import type { Entry, Person } from '../../domain/records';
import { useT } from '../../i18n/useT';
import { GoalBox } from '../../kinds/cardBoard/parts/GoalBox';
import { Avatar, memberLook } from '../../ui/Avatar';
import { BigButton } from '../../ui/BigButton';
import { MediaImage } from '../../ui/MediaImage';
import { Pictogram } from '../../ui/Pictogram';
import { Say } from '../../ui/Say';
import { SpeakButton } from '../../ui/SpeakButton';
import { SupportModeContext } from '../../ui/modePort';
import type { ShownRule } from '../hooks/useRules';
import { nextText } from '../plan/nextText';
import { memoHref } from '../parts/memoHref';
import { href } from '../router';
import type { DiaryPage } from './model';

interface Props {
  readonly groupId: string;
  readonly page: DiaryPage;
  readonly members: readonly Person[];
  readonly rules: readonly ShownRule[];
  readonly goalEntries: readonly Entry[];
}

/** One meeting in the diary: when, who came, photos, what we did and what we decided. */
export function DiaryPageView({ groupId, page, members, rules, goalEntries }: Props) {
  const { t, tContent, language } = useT();
  const { meeting } = page;
  const title = `${t('meeting.number', { n: meeting.number })} ${tContent(meeting.titleKey)}`;
  const isSupport = useContext(SupportModeContext);
  const came = members.filter((m) => page.attendeeIds.includes(m.id));
  return (
    <article class="diary-page stack" data-card aria-label={title}>
      <h2 class="section-title">
        <Pictogram id={meeting.pictogram} size={56} />
        <Say text={title} />
      </h2>
      {/* "Not marked held" is a support person's to-do, not news for the group. */}
      {page.heldOn || isSupport ? (
        <p class="lead with-pictogram">
          <Pictogram id="calendar" size={40} />
          <Say text={page.heldOn ? t('meeting.heldOn', { day: formatDay(page.heldOn, language) }) : t('diary.notHeld')} />
        </p>
      ) : null}
      {came.length > 0 ? (
        <div class="avatar-grid" role="group" aria-label={t('diary.came')}>
          {came.map((m) => (
            <Avatar key={m.id} {...memberLook(m)} size="small" />
          ))}
        </div>
      ) : null}
      {page.photoIds.length > 0 ? (
        <div class="diary-photos">
          {page.photoIds.map((id, i) => (
            <MediaImage key={id} mediaId={id} alt={t('diary.photo', { n: i + 1, meeting: meeting.number })} />
          ))}
        </div>
      ) : null}
      {page.exercises.length > 0 ? (
        <>
          <h3 class="diary-page__subtitle">
            <Say text={t('diary.weDid')} />
          </h3>
          <ul class="diary-chips">
            {page.exercises.map((e) => (
              <li key={e.id} class="diary-chip">
                <Pictogram id={e.pictogram} size={40} />
                <Say text={tContent(e.titleKey)} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {page.hasRules ? <DiaryRules rules={rules} /> : null}
      {page.hasGoal ? <GoalBox entries={goalEntries} /> : null}
      {page.summaries.map((e) => (
        <BigButton
          key={e.id}
          pictogram={e.pictogram}
          label={tContent(e.config.summaryTitleKey)}
          href={href({ name: 'exercise', groupId, meetingId: meeting.id, exerciseId: e.id, step: 'summary' })}
        />
      ))}
      {page.memos.length > 0 ? <DiaryMemos groupId={groupId} page={page} /> : null}
      {page.next ? (
        <p class="with-pictogram">
          <Pictogram id="next-meeting" size={40} />
          <Say text={nextText(page.next, language, t)} />
        </p>
      ) : null}
      <SpeakButton label={t('actions.listen')} scope="[data-card]" />
    </article>
  );
}

function DiaryMemos({ groupId, page }: { readonly groupId: string; readonly page: DiaryPage }) {
  const { t, language } = useT();
  return (
    <>
      <h3 class="diary-page__subtitle">
        <Say text={t('memo.groupMemos')} />
      </h3>
      <ul class="stack">
        {page.memos.map((memo) => (
          <li key={memo.key}>
            <BigButton pictogram="memo" label={memo.topic || t('memo.untitled')} href={memoHref(groupId, memo)}>
              {memo.day ? <span class="big-button__note"> {formatDay(memo.day, language)}</span> : null}
            </BigButton>
          </li>
        ))}
      </ul>
    </>
  );
}

function DiaryRules({ rules }: { readonly rules: readonly ShownRule[] }) {
  const { t } = useT();
  return (
    <>
      <h3 class="diary-page__subtitle">
        <Say text={t('diary.rules')} />
      </h3>
      <ol class="rule-list">
        {rules.map(({ rule, text, pictogram }) => (
          <li key={rule.key} class="rule">
            <Pictogram id={pictogram} size={48} />
            <Say text={text} />
          </li>
        ))}
      </ol>
    </>
  );
}
