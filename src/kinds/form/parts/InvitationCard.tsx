import { useEffect, useRef, useState } from 'preact/hooks';
import type { PictogramId } from '../../../content/pictogramId';
import { formatDay, formatTime } from '../../../domain/dates';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { Pictogram } from '../../../ui/Pictogram';
import { Say } from '../../../ui/Say';
import { SpeakButton } from '../../../ui/SpeakButton';

const card = 'exercises.m01-invitation.card';

/** Meeting 1's invitation ("Moi! Tule kahville…") as one big picture card, also full screen. */
export function InvitationCard({ values }: { readonly values: Readonly<Record<string, string>> }) {
  const { t, tContent, language } = useT();
  const root = useRef<HTMLDivElement>(null);
  const [isFull, setFull] = useState(false);
  useEffect(() => {
    const onChange = () => setFull(document.fullscreenElement === root.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const { day = '', time = '', place = '', names = '' } = values;
  const when = day || time ? tContent(`${card}.when`, { day: day ? formatDay(day, language) : '', time: formatTime(time, language) }) : tContent(`${card}.whenNotSet`);
  const rows: [PictogramId, string][] = [
    ['calendar', when.replace(/\s+/g, ' ')],
    ...(place ? [['place', tContent(`${card}.where`, { place })] as [PictogramId, string]] : []),
    ['group', tContent(`${card}.what`)],
    ['help-each-other', tContent(`${card}.forWhom`)],
    ['idea', tContent(`${card}.together`)],
    ['ask-help', tContent(`${card}.ownSupport`)],
    ['ask-friend', tContent(`${card}.welcome`)],
    ...(names ? [['role-support', tContent(`${card}.signed`, { names })] as [PictogramId, string]] : []),
  ];

  const toggleFull = () => {
    if (isFull) {
      if (document.fullscreenElement) void document.exitFullscreen();
      setFull(false);
      return;
    }
    // Where the browser has no full screen (some phones), the card still fills the window.
    root.current?.requestFullscreen?.().catch(() => undefined);
    setFull(true);
  };

  return (
    <div ref={root} class={isFull ? 'invitation is-full' : 'invitation'} data-card>
      <p class="invitation__hello">
        <Pictogram id="coffee" size={96} />
        <Say text={tContent(`${card}.hello`)} />
      </p>
      <ul class="invitation__rows">
        {rows.map(([pictogram, text]) => (
          <li key={pictogram} class="invitation__row">
            <Pictogram id={pictogram} size={56} />
            <Say text={text} />
          </li>
        ))}
      </ul>
      <div class="button-row">
        <SpeakButton label={t('actions.listen')} scope="[data-card]" />
        <BigButton pictogram={isFull ? 'close' : 'fullscreen'} label={t(isFull ? 'kinds.form.closeFullScreen' : 'kinds.form.fullScreen')} onClick={toggleFull} />
      </div>
    </div>
  );
}
