import { useState } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { BigButton } from '../../ui/BigButton';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';

/**
 * "Protect with a password": off, or a password typed twice. Reports the password when both agree,
 * '' while they do not, and null when the file is made without one.
 */
export function PasswordChoice({ onChange }: { readonly onChange: (password: string | null) => void }) {
  const { t } = useT();
  const [isOn, setOn] = useState(false);
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const report = (on: boolean, a: string, b: string) => onChange(!on ? null : a.length >= 4 && a === b ? a : '');
  return (
    <div class="stack">
      <BigButton
        pictogram="trust"
        label={t('transfer.protect')}
        pressed={isOn}
        onClick={() => {
          setOn(!isOn);
          report(!isOn, first, second);
        }}
      />
      {isOn ? (
        <div class="stack">
          <TextField type="password" name="password" label={t('transfer.password')} pictogram="trust" value={first} maxLength={200} onInput={(value) => { setFirst(value); report(true, value, second); }} />
          <TextField type="password" name="password-again" label={t('transfer.passwordAgain')} pictogram="trust" value={second} maxLength={200} onInput={(value) => { setSecond(value); report(true, first, value); }} />
          {first.length > 0 && first.length < 4 ? <Notice pictogram="trust" tone="warning" text={t('transfer.passwordShort')} /> : null}
          {second.length > 0 && first !== second ? <Notice pictogram="trust" tone="warning" text={t('transfer.passwordsDiffer')} /> : null}
          <Notice pictogram="ask-help" text={t('transfer.passwordRemember')} />
        </div>
      ) : null}
    </div>
  );
}
