import { useContext, useState } from 'preact/hooks';
import { colourHex } from '../../domain/people';
import type { Group } from '../../domain/records';
import { useT } from '../../i18n/useT';
import { listGroups } from '../../storage/repositories/groups';
import { listMembers } from '../../storage/repositories/people';
import { shellShowsWelcome } from '../../services/startMirror';
// The small pictures here are emoji only: the photo loading stays out of the initial JavaScript.
import { AvatarDisc as Avatar } from '../../ui/AvatarDisc';
import { BigButton } from '../../ui/BigButton';
import { Pictogram } from '../../ui/Pictogram';
import { PictureCard } from '../../ui/PictureCard';
import { Say } from '../../ui/Say';
import { Section } from '../../ui/Section';
import { SupportModeContext } from '../../ui/modePort';
import { useLive } from '../hooks/useLive';
import { AppScreen } from '../parts/AppScreen';
import { LanguagePicker } from '../parts/LanguagePicker';
import { lazyScreen } from '../lazyScreen';
import { href, navigate, type Route } from '../router';
import { SupportOnly } from '../support/SupportOnly';
import { modeStore } from '../../state/modeStore';

// The PIN dialog and its hashing load when someone first asks to unlock, not with the first screen.
const UnlockDialog = lazyScreen(() => import('../support/UnlockDialog').then((m) => m.UnlockDialog));

export function StartScreen({ route }: { readonly route: Route }) {
  const { t } = useT();
  const groups = useLive(listGroups, []);
  const isSupport = useContext(SupportModeContext);
  // Until the groups are read: what index.html painted (scripts/vite-prerender-shell.ts), so nothing
  // flashes on the way: the welcome on a tablet that had no groups, else only the frame.
  if (groups?.length === 0 || (groups === undefined && shellShowsWelcome())) return <EmptyStart route={route} isSupport={isSupport} />;
  if (groups === undefined) return <AppScreen route={route} title={t('start.title')}>{null}</AppScreen>;
  return (
    <AppScreen route={route} title={t('start.title')}>
      <p class="lead">
        <Say text={t('start.intro')} />
      </p>
      <Section title={t('start.groups')} pictogram="group">
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
      <SupportTools />
      <LanguagePicker />
      <div class="button-row">
        <BigButton pictogram="what-is" label={t('about.title')} href={href({ name: 'about' })} />
      </div>
    </AppScreen>
  );
}

/**
 * A tablet with no groups: a spoken welcome (the card is read when tapped, or with "Kuuntele": browsers
 * let a page speak only after a tap) and one big way on, "Aloitetaan", which asks for the support
 * person's PIN (making a group needs it) and then opens the group form.
 */
function EmptyStart({ route, isSupport }: { readonly route: Route; readonly isSupport: boolean }) {
  const { t } = useT();
  const [isDialogOpen, setDialogOpen] = useState(false);
  const begin = { variant: 'primary', class: 'begin-button', pictogram: 'new-group', label: t('start.begin') } as const;
  return (
    <AppScreen route={route} title={t('start.title')}>
      <PictureCard size="large" class="welcome-card" pictogram="app" text={t('start.welcome')} speakLabel={t('actions.listen')} />
      {isSupport ? (
        <BigButton {...begin} href={href({ name: 'newGroup' })} />
      ) : (
        <>
          <BigButton {...begin} onClick={() => setDialogOpen(true)} />
          <p>
            <Say text={t('start.beginHint')} />
          </p>
        </>
      )}
      {isDialogOpen ? (
        <UnlockDialog
          onClose={() => {
            setDialogOpen(false);
            if (modeStore.getState().isSupport) navigate({ name: 'newGroup' });
          }}
        />
      ) : null}
      <SupportTools />
      <LanguagePicker />
      <div class="button-row">
        <BigButton pictogram="what-is" label={t('about.title')} href={href({ name: 'about' })} />
      </div>
    </AppScreen>
  );
}

function SupportTools() {
  const { t } = useT();
  return (
    <SupportOnly>
      <Section title={t('start.files')} pictogram="share">
        <div class="button-row">
          <BigButton pictogram="share" label={t('transfer.importTitle')} href={href({ name: 'import' })} />
          <BigButton pictogram="save-file" label={t('transfer.exportAllTitle')} href={href({ name: 'exportAll' })} />
        </div>
      </Section>
      <Section title={t('start.supportTools')} pictogram="support-mode">
        <div class="button-row">
          <BigButton pictogram="method-card" label={t('library.title')} href={href({ name: 'library' })} />
          <BigButton pictogram="settings" label={t('settings.title')} href={href({ name: 'settings' })} />
        </div>
      </Section>
    </SupportOnly>
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
