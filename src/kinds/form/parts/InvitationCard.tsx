import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { Pictogram } from '../../../ui/Pictogram';
import type { PictogramId } from '../../../content/pictogramId';
import { MediaImage } from '../../../ui/MediaImage';
import { Say } from '../../../ui/Say';
import { SpeakButton } from '../../../ui/SpeakButton';

interface Props {
  readonly hello: string;
  readonly helloPictogram: PictogramId;
  readonly rows: readonly [PictogramId, string][];
  /** The group's photo on a poster (kinds/form/poster.ts). */
  readonly photoId?: string | null;
}

/** An invitation or poster ("Moi! Tule kahville…") as one big picture card, read aloud, also full screen. */
export function InvitationCard({ hello, helloPictogram, rows, photoId = null }: Props) {
  const { t } = useT();
  const root = useRef<HTMLDivElement>(null);
  const [isFull, setFull] = useState(false);
  useEffect(() => {
    const onChange = () => setFull(document.fullscreenElement === root.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

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
        <Pictogram id={helloPictogram} size={96} />
        <Say text={hello} />
      </p>
      {photoId ? <MediaImage mediaId={photoId} alt={t('kinds.form.photoAlt')} size="large" /> : null}
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
