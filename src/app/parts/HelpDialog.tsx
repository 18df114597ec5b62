import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { BigButton } from '../../ui/BigButton';
import { Pictogram } from '../../ui/Pictogram';
import { Say } from '../../ui/Say';
import { SpeakButton } from '../../ui/SpeakButton';

interface Props {
  readonly text: string;
  readonly onClose: () => void;
}

/** The screen's help, in easy-read words, read aloud on tap. */
export function HelpDialog({ text, onClose }: Props) {
  const { t } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal?.();
  }, []);
  return (
    <dialog ref={dialog} class="help-dialog" aria-labelledby="help-title" onClose={onClose} onCancel={onClose}>
      <div class="help-dialog__content" data-card>
        <h2 id="help-title" class="section-title">
          <Pictogram id="help" size={48} />
          <Say text={t('helpDialog.title')} />
        </h2>
        <p class="lead">
          <Say text={text} />
        </p>
        <div class="button-row">
          <SpeakButton label={t('actions.listen')} scope="[data-card]" />
          <BigButton variant="primary" pictogram="close" label={t('actions.close')} onClick={() => dialog.current?.close()} />
        </div>
      </div>
    </dialog>
  );
}
