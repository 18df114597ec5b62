import { useContext } from 'preact/hooks';
import { meetings } from '../../content/meetings';
import { findMeeting } from '../../content/lookup';
import { journeyProgress } from '../../domain/journey';
import { useT } from '../../i18n/useT';
import { Avatar, memberLook } from '../../ui/Avatar';
import { BigButton } from '../../ui/BigButton';
import { Loading } from '../../ui/Loading';
import { SupportModeContext } from '../../ui/modePort';
import { Notice } from '../../ui/Notice';
import { Pictogram } from '../../ui/Pictogram';
import { Say } from '../../ui/Say';
import { Section } from '../../ui/Section';
import { useGroupPage } from '../hooks/useGroupPage';
import { useRules } from '../hooks/useRules';
import { AppScreen } from '../parts/AppScreen';
import { BackupStatus } from '../parts/BackupStatus';
import { GroupMedia } from '../parts/GroupMedia';
import { GroupMemos } from '../parts/GroupMemos';
import { GroupResults } from '../parts/GroupResults';
import { JourneyPath } from '../parts/JourneyPath';
import { NextMeetingLine } from '../plan/NextMeetingLine';
import { href, type Route } from '../router';
import { GroupTodos } from '../todos/GroupTodos';
import { SupportOnly } from '../support/SupportOnly';

/**
 * The group's page: one big "Jatketaan" card to the next meeting, the journey, and what the group has
 * (its goal, rules, memos, members). A list with nothing in it is not shown to participants.
 */
export function GroupScreen({ route, groupId }: { readonly route: Route; readonly groupId: string }) {
  const { t, tContent } = useT();
  const isSupport = useContext(SupportModeContext);
  const page = useGroupPage(groupId);
  const rules = useRules(groupId);
  if (!page || !rules) return <AppScreen route={route} title=""><Loading /></AppScreen>;
  const { group, members, records, goals, plans, made } = page;
  const progress = journeyProgress(records);
  // The next meeting not held yet; when all ten are held, the last one.
  const next = (progress.next ? findMeeting(progress.next) : undefined) ?? meetings.at(-1);

  return (
    <AppScreen route={route} title={group?.name ?? ''}>
      {group?.place ? (
        <p class="lead with-pictogram">
          <Pictogram id="place" size={40} />
          <Say text={group.place} />
        </p>
      ) : null}
      {next ? (
        <BigButton
          variant="primary"
          class="continue-card"
          pictogram={next.pictogram}
          label={t('group.continue', { n: next.number, title: tContent(next.titleKey) })}
          href={href({ name: 'meeting', groupId, meetingId: next.id })}
        />
      ) : null}
      {progress.next ? null : <Notice pictogram="celebrate" tone="success" text={t('group.allDone')} />}
      <NextMeetingLine entries={plans} />
      <Section title={t('group.journey')} pictogram="journey">
        <JourneyPath groupId={groupId} progress={progress} />
      </Section>
      <GroupResults groupId={groupId} goals={goals} made={made} />
      <div class="button-row">
        <BigButton pictogram="diary" label={t('diary.title')} href={href({ name: 'diary', groupId })} />
        <BigButton pictogram="agree-together" label={t('agreements.title')} href={href({ name: 'agreements', groupId })} />
        <BigButton pictogram="partner" label={t('partners.title')} href={href({ name: 'partners', groupId })} />
        <BigButton pictogram="fullscreen" label={t('slideshow.title')} href={href({ name: 'slideshow', groupId })} />
      </div>
      {rules.length > 0 || isSupport ? (
        <Section title={t('rules.title')} pictogram="rules">
          {rules.length === 0 ? (
            <p>
              <Say text={t('rules.none')} />
            </p>
          ) : (
            <ol class="rule-list">
              {rules.map(({ rule, text, pictogram }) => (
                <li key={rule.key} class="rule">
                  <Pictogram id={pictogram} size={48} />
                  <Say text={text} />
                </li>
              ))}
            </ol>
          )}
          <SupportOnly>
            <BigButton pictogram="edit" label={t('rules.edit')} href={href({ name: 'rules', groupId })} />
          </SupportOnly>
        </Section>
      ) : null}
      <GroupTodos groupId={groupId} />
      <GroupMemos groupId={groupId} />
      {members.length > 0 || isSupport ? (
        <Section title={t('members.title')} pictogram="group">
          <GroupMedia groupId={groupId}>
            <div class="avatar-grid">
              {members.map((m) => <Avatar key={m.id} {...memberLook(m)} />)}
            </div>
          </GroupMedia>
          <SupportOnly>
            <div class="button-row">
              <BigButton pictogram="edit" label={t('members.edit')} href={href({ name: 'members', groupId })} />
              <BigButton pictogram="edit" label={t('group.edit')} href={href({ name: 'editGroup', groupId })} />
              <BigButton pictogram="pictures" label={t('ownPictures.title')} href={href({ name: 'ownPictures', groupId })} />
            </div>
          </SupportOnly>
        </Section>
      ) : null}
      <SupportOnly>
        <div class="button-row">
          <BigButton pictogram="pdf-file" label={t('documentsPage.title')} href={href({ name: 'documents', groupId })} />
        </div>
        <BackupStatus groupId={groupId} />
      </SupportOnly>
    </AppScreen>
  );
}
