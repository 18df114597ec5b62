import type { ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { Screen } from '../../ui/Screen';
import { KioskContext } from '../../ui/kioskPort';
import { SupportModeContext } from '../../ui/modePort';
import { SpeechContext } from '../../ui/speechPort';
import { ModeButton } from '../support/ModeButton';
import { lazyScreen } from '../lazyScreen';
import { parentOf } from '../routeParents';
import { href, type Route } from '../router';
import { Notices } from './Notices';

// The group's own voices (recordings played at a tap, and recording them) load with a group's screen.
const OwnVoiceLayer = lazyScreen(() => import('../ownVoice/OwnVoiceLayer').then((m) => m.OwnVoiceLayer), true);
// The help opens on a tap; its code comes then (precached, so offline too).
const HelpDialog = lazyScreen(() => import('./HelpDialog').then((m) => m.HelpDialog), true);

interface Props {
  readonly route: Route;
  readonly title: string;
  /** The help text's key in help.json; the screen's name by default. */
  readonly helpKey?: string;
  readonly children: ComponentChildren;
}

/** A screen of the app: the shared layout with this route's back link, help text and notices. */
export function AppScreen({ route, title, helpKey, children }: Props) {
  const { t, tHelp } = useT();
  const [isHelpOpen, setHelpOpen] = useState(false);
  const { isSpeaking } = useContext(SpeechContext);
  const isSupport = useContext(SupportModeContext);
  // In kiosk mode a visitor gets no way out: no back, no support-person button, no help; only read aloud.
  const isKiosk = useContext(KioskContext).isOn;
  const parent = parentOf(route);
  const toStart = parent?.name === 'start';
  const groupId = 'groupId' in route ? route.groupId : null;
  useEffect(() => {
    document.title = `${title} – Porukka`;
  }, [title]);
  return (
    <Screen
      title={title}
      brand="Porukka"
      back={parent && !isKiosk ? { href: href(parent), label: t(toStart ? 'nav.home' : 'nav.back'), pictogram: toStart ? 'home' : 'back' } : null}
      readAloudLabel={t(isSpeaking ? 'nav.stop' : 'nav.readAloud')}
      helpLabel={t('nav.help')}
      onHelp={isKiosk ? undefined : () => setHelpOpen(true)}
      notices={<Notices route={route} />}
      modeControl={isKiosk ? null : <ModeButton />}
      isSupportMode={isSupport}
    >
      {children}
      {groupId ? <OwnVoiceLayer groupId={groupId} isSupport={isSupport} isKiosk={isKiosk} /> : null}
      {isHelpOpen ? <HelpDialog text={tHelp(helpKey ?? route.name)} onClose={() => setHelpOpen(false)} /> : null}
    </Screen>
  );
}
