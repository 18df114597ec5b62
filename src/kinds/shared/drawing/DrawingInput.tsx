// "Piirrä": opens the drawing pad (loaded only then) and saves the drawing as a picture of the group.
import type { FunctionComponent } from 'preact';
import { useContext, useState } from 'preact/hooks';
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
    setOpen(false);
    if (!media) return;
    const saved = await media.savePhoto(new File([picture], 'piirros.png', { type: 'image/png' }));
    if (saved.ok) onSaved(saved.id);
    else setFailed(true);
  };
  const Open = isOpen ? pad : null;
  return (
    <>
      <BigButton pictogram="drawing" label={t(hasDrawing ? 'drawing.drawAgain' : 'drawing.draw')} disabled={!media} onClick={open} />
      {Open ? <Open onDone={(picture) => void save(picture)} onClose={() => setOpen(false)} /> : null}
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
