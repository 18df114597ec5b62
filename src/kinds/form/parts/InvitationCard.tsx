import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { Pictogram } from '../../../ui/Pictogram';
import { Say } from '../../../ui/Say';
import { SpeakButton } from '../../../ui/SpeakButton';
import { invitationCardKey as card, invitationRows } from '../invitation';

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
  const rows = invitationRows(values, tContent, language);

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
