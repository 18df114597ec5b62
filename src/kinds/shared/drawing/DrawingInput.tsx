// "Piirrä": opens the drawing pad (loaded only then) and saves the drawing as a picture of the group.
import type { FunctionComponent } from 'preact';
import { useContext, useRef, useState } from 'preact/hooks';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { MediaContext } from '../../../ui/mediaPort';
import { MediaImage } from '../../../ui/MediaImage';
import { Notice } from '../../../ui/Notice';

type Pad = FunctionComponent<{ readonly onDone: (picture: Blob) => void; readonly onClose: () => void }>;

interface Props {
  readonly hasDrawing: boolean;
  /** The saved drawing's media id (a photo-type media record). */
  readonly onSaved: (mediaId: string) => void;
}

export function DrawingInput({ hasDrawing, onSaved }: Props) {
  const { t } = useT();
  const media = useContext(MediaContext);
  const [pad, setPad] = useState<Pad | null>(null);
  const [isOpen, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const place = useRef<HTMLSpanElement>(null);
  /** Closes the pad and puts the focus back on "Piirrä" (the pad leaves the page, so the browser would not). */
  const close = () => {
    setOpen(false);
    setTimeout(() => place.current?.querySelector('button')?.focus(), 0);
  };
  const open = () => {
    setFailed(false);
    setOpen(true);
    if (!pad) {
      import('./DrawingPad').then(
        (module) => setPad(() => module.DrawingPad),
        () => {
          setOpen(false);
          setFailed(true);
        },
      );
    }
  };
  const save = async (picture: Blob) => {
    close();
    if (!media) return;
    const saved = await media.savePhoto(new File([picture], 'piirros.png', { type: 'image/png' }));
    if (saved.ok) onSaved(saved.id);
    else setFailed(true);
  };
  const Open = isOpen ? pad : null;
  return (
    <>
      <span ref={place} class="drawing-input">
        <BigButton pictogram="drawing" label={t(hasDrawing ? 'drawing.drawAgain' : 'drawing.draw')} disabled={!media} onClick={open} />
      </span>
      {Open ? <Open onDone={(picture) => void save(picture)} onClose={close} /> : null}
      {failed ? (
        <Notice pictogram="drawing" tone="warning" text={t('drawing.saveFailed')}>
          <BigButton variant="quiet" pictogram="close" label={t('actions.close')} onClick={() => setFailed(false)} />
        </Notice>
      ) : null}
    </>
  );
}

/** A saved drawing on a card or an answer. */
export function DrawingImage({ mediaId }: { readonly mediaId: string }) {
  const { t } = useT();
  return <MediaImage mediaId={mediaId} alt={t('drawing.alt')} />;
}
