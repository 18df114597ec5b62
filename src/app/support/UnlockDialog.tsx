import { useEffect, useRef, useState } from 'preact/hooks';
import { pinPattern } from '../../domain/lock';
import { useT } from '../../i18n/useT';
import { hasPin, setFirstPin, unlockWithPin } from '../../services/pinLock';
import { reportError } from '../../state/errorStore';
import { BigButton } from '../../ui/BigButton';
import { Notice } from '../../ui/Notice';
import { Pictogram } from '../../ui/Pictogram';
import { Say } from '../../ui/Say';
import { SpeakButton } from '../../ui/SpeakButton';
import { TextField } from '../../ui/TextField';
import { href } from '../router';

type Problem = 'wrong' | 'notDigits' | 'notSame' | null;

/** Opens support-person mode with the PIN; on a device without one, the support person makes it. */
export function UnlockDialog({ onClose }: { readonly onClose: () => void }) {
  const { t } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [isFirst, setFirst] = useState<boolean | null>(null);
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<Problem>(null);
  const [isBusy, setBusy] = useState(false);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal?.();
    hasPin().then((has) => setFirst(!has), reportError);
  }, []);

  const submit = async () => {
    if (!pinPattern.test(pin)) return setProblem(isFirst ? 'notDigits' : 'wrong');
    if (isFirst && pin !== again) return setProblem('notSame');
    setBusy(true);
    const isOpen = isFirst ? (await setFirstPin(pin)) === 'set' : await unlockWithPin(pin);
    setBusy(false);
    if (isOpen) dialog.current?.close();
    else {
      setPin('');
      setProblem('wrong');
    }
  };

  return (
    <dialog ref={dialog} class="help-dialog" aria-labelledby="unlock-title" onClose={onClose} onCancel={onClose}>
      <form
        class="help-dialog__content stack"
        data-card
        onSubmit={(event) => {
          event.preventDefault();
          submit().catch(reportError);
        }}
      >
        <h2 id="unlock-title" class="section-title">
          <Pictogram id="support-mode" size={48} />
          <Say text={t(isFirst ? 'lock.firstTitle' : 'lock.title')} />
        </h2>
        {isFirst === null ? null : (
          <>
            <p class="lead">
              <Say text={t(isFirst ? 'lock.firstText' : 'lock.text')} />
            </p>
            {problem ? <Notice pictogram="trust" tone="warning" text={t(`lock.problem.${problem}`)} /> : null}
            <TextField type="password" numeric name="pin" label={t('lock.pin')} pictogram="key" value={pin} maxLength={8} onInput={setPin} />
            {isFirst ? (
              <TextField type="password" numeric name="pin-again" label={t('lock.pinAgain')} pictogram="key" value={again} maxLength={8} onInput={setAgain} />
            ) : null}
            <div class="button-row">
              <BigButton type="submit" variant="primary" pictogram="unlocked" label={t(isFirst ? 'lock.saveAndOpen' : 'lock.open')} disabled={isBusy} />
              <SpeakButton label={t('actions.listen')} scope="[data-card]" />
              <BigButton pictogram="close" label={t('actions.cancel')} onClick={() => dialog.current?.close()} />
            </div>
            {isFirst ? null : <BigButton variant="quiet" pictogram="help" label={t('lock.forgot')} href={href({ name: 'reset' })} />}
          </>
        )}
      </form>
    </dialog>
  );
}
