import { useState } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { BigButton } from '../../ui/BigButton';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';

interface Props {
  readonly wasWrong: boolean;
  readonly onOpen: (password: string) => void;
  readonly onCancel: () => void;
}

/** The file is protected: type its password (and hear plainly when it was wrong). */
export function PasswordPrompt({ wasWrong, onOpen, onCancel }: Props) {
  const { t } = useT();
  const [password, setPassword] = useState('');
  const [isOpening, setOpening] = useState(false);
  return (
    <form
      class="stack"
      onSubmit={(event) => {
        event.preventDefault();
        setOpening(true);
        onOpen(password);
      }}
    >
      <Notice pictogram="trust" text={t('transfer.needsPassword')} />
      {wasWrong ? <Notice pictogram="trust" tone="warning" text={t('importErrors.wrongPassword')} /> : null}
      <TextField type="password" name="file-password" label={t('transfer.password')} pictogram="trust" value={password} maxLength={200} onInput={setPassword} />
      <div class="button-row">
        <BigButton type="submit" variant="primary" pictogram="trust" label={t('transfer.open')} disabled={isOpening && !wasWrong} />
        <BigButton pictogram="close" label={t('actions.cancel')} onClick={onCancel} />
      </div>
    </form>
  );
}
