import { useState } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { BigButton } from '../../ui/BigButton';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';

interface Props {
  readonly wasWrong: boolean;
  /** Opens the file with the password; settles when the file is open or the password was wrong. */
  readonly onOpen: (password: string) => Promise<void> | void;
  readonly onCancel: () => void;
}

/**
 * The file is protected: type its password (and hear plainly when it was wrong). Making the key from
 * the password takes seconds on a tablet (hundreds of thousands of rounds, more in a file from a newer
 * app): "Avataan…" with a moving bar shows meanwhile.
 */
export function PasswordPrompt({ wasWrong, onOpen, onCancel }: Props) {
  const { t } = useT();
  const [password, setPassword] = useState('');
  const [isOpening, setOpening] = useState(false);
  return (
    <form
      class="stack"
      onSubmit={(event) => {
        event.preventDefault();
        if (isOpening) return;
        setOpening(true);
        void Promise.resolve(onOpen(password)).finally(() => setOpening(false));
      }}
    >
      <Notice pictogram="trust" text={t('transfer.needsPassword')} />
      {wasWrong && !isOpening ? <Notice pictogram="trust" tone="warning" text={t('importErrors.wrongPassword')} /> : null}
      <TextField type="password" name="file-password" label={t('transfer.password')} pictogram="trust" value={password} maxLength={200} onInput={setPassword} />
      <div class="button-row">
        <BigButton type="submit" variant="primary" pictogram="trust" label={t('transfer.open')} disabled={isOpening} />
        <BigButton pictogram="close" label={t('actions.cancel')} onClick={onCancel} />
      </div>
      {isOpening ? <Notice pictogram="time" text={t('transfer.opening')} working /> : null}
    </form>
  );
}
