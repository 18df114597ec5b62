import { useContext } from 'preact/hooks';
import { colourHex } from '../../domain/people';
import type { Group } from '../../domain/records';
import { useT } from '../../i18n/useT';
import { listGroups } from '../../storage/repositories/groups';
import { listMembers } from '../../storage/repositories/people';
import { Avatar } from '../../ui/Avatar';
import { BigButton } from '../../ui/BigButton';
import { Pictogram } from '../../ui/Pictogram';
import { Say } from '../../ui/Say';
import { Section } from '../../ui/Section';
import { SupportModeContext } from '../../ui/modePort';
import { useLive } from '../hooks/useLive';
import { AppScreen } from '../parts/AppScreen';
import { LanguagePicker } from '../parts/LanguagePicker';
import { href, type Route } from '../router';
import { SupportOnly } from '../support/SupportOnly';

export function StartScreen({ route }: { readonly route: Route }) {
  const { t } = useT();
  const groups = useLive(listGroups, []);
  const isSupport = useContext(SupportModeContext);
  return (
    <AppScreen route={route} title={t('start.title')}>
      <p class="lead">
        <Say text={t('start.intro')} />
      </p>
      <Section title={t('start.groups')} pictogram="group">
        {groups?.length === 0 ? (
          <p>
            <Say text={t(isSupport ? 'start.noGroups' : 'start.noGroupsParticipant')} />
          </p>
        ) : null}
        <ul class="tile-list">
          {groups?.map((group) => (
            <li key={group.id}>
              <GroupTile group={group} />
            </li>
          ))}
        </ul>
        <SupportOnly>
          <BigButton variant="primary" pictogram="new-group" label={t('start.newGroup')} href={href({ name: 'newGroup' })} />
        </SupportOnly>
      </Section>
      <SupportOnly>
        <Section title={t('start.files')} pictogram="share">
          <div class="button-row">
            <BigButton pictogram="share" label={t('transfer.importTitle')} href={href({ name: 'import' })} />
            <BigButton pictogram="storage" label={t('transfer.exportAllTitle')} href={href({ name: 'exportAll' })} />
          </div>
        </Section>
        <Section title={t('start.supportTools')} pictogram="support-mode">
          <div class="button-row">
            <BigButton pictogram="method-card" label={t('library.title')} href={href({ name: 'library' })} />
            <BigButton pictogram="settings" label={t('settings.title')} href={href({ name: 'settings' })} />
          </div>
        </Section>
      </SupportOnly>
      <LanguagePicker />
    </AppScreen>
  );
}

function GroupTile({ group }: { readonly group: Group }) {
  const members = useLive(() => listMembers(group.id), [group.id]);
  return (
    <a class="group-tile" href={href({ name: 'group', groupId: group.id })}>
      <Pictogram id="group" size={64} />
      <span class="group-tile__text">
        <Say class="group-tile__name" text={group.name} />
        {group.place ? <Say class="group-tile__place" text={group.place} /> : null}
      </span>
      <span class="group-tile__members" aria-hidden="true">
        {members?.slice(0, 8).map((m) => (
          <Avatar key={m.id} name={m.name} colourHex={colourHex(m.colour)} avatar={m.avatar} size="small" showName={false} />
        ))}
      </span>
    </a>
  );
}
