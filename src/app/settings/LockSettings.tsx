import { useState } from 'preact/hooks';
import { idleChoices, pinPattern } from '../../domain/lock';
import { useT } from '../../i18n/useT';
import { changePin } from '../../services/pinLock';
import { reportError } from '../../state/errorStore';
import { saveSetting, settingsStore } from '../../state/settingsStore';
import { useStore } from '../../state/useStore';
import { BigButton } from '../../ui/BigButton';
import { ChoiceTiles } from '../../ui/ChoiceTiles';
import { Notice } from '../../ui/Notice';
import { Section } from '../../ui/Section';
import { TextField } from '../../ui/TextField';
import { href } from '../router';
import { OnOff } from './OnOff';

type PinResult = 'changed' | 'wrong' | 'notDigits' | 'notSame' | null;

/** Support-person mode: when it locks itself, the long-press way in, and a new PIN. */
export function LockSettings() {
  const { t } = useT();
  const idleMinutes = useStore(settingsStore, (s) => s.idleMinutes);
  const longPress = useStore(settingsStore, (s) => s.longPressUnlock);
  const [pins, setPins] = useState({ old: '', next: '', again: '' });
  const [result, setResult] = useState<PinResult>(null);
  const submit = async () => {
    if (!pinPattern.test(pins.next)) return setResult('notDigits');
    if (pins.next !== pins.again) return setResult('notSame');
    const isChanged = await changePin(pins.old, pins.next);
    setResult(isChanged ? 'changed' : 'wrong');
    if (isChanged) setPins({ old: '', next: '', again: '' });
  };
  return (
    <Section title={t('settings.lock')} pictogram="support-mode">
      <ChoiceTiles
        legend={t('settings.idle')}
        legendPictogram="idle"
        name="idle-minutes"
        compact
        value={String(idleMinutes)}
        onChange={(value) => saveSetting({ idleMinutes: Number(value) as (typeof idleChoices)[number] })}
        choices={idleChoices.map((m) => ({ value: String(m), label: t('settings.minutes', { count: m }), pictogram: 'idle' }))}
      />
      <OnOff legend={t('settings.longPress')} pictogram="long-press" name="long-press" isOn={longPress} onChange={(isOn) => saveSetting({ longPressUnlock: isOn })} />
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          submit().catch(reportError);
        }}
      >
        <TextField type="password" numeric name="old-pin" label={t('settings.oldPin')} pictogram="key" value={pins.old} maxLength={8} onInput={(old) => setPins({ ...pins, old })} />
        <TextField type="password" numeric name="new-pin" label={t('settings.newPin')} pictogram="key" value={pins.next} maxLength={8} onInput={(next) => setPins({ ...pins, next })} />
        <TextField type="password" numeric name="new-pin-again" label={t('settings.newPinAgain')} pictogram="key" value={pins.again} maxLength={8} onInput={(again) => setPins({ ...pins, again })} />
        {result === 'changed' ? <Notice pictogram="done" tone="success" text={t('settings.pinChanged')} /> : null}
        {result && result !== 'changed' ? <Notice pictogram="trust" tone="warning" text={t(`lock.problem.${result}`)} /> : null}
        <BigButton type="submit" pictogram="key" label={t('settings.changePin')} />
      </form>
      <Notice pictogram="help" text={t('settings.forgotPin')}>
        <BigButton pictogram="remove" label={t('reset.title')} href={href({ name: 'reset' })} />
      </Notice>
    </Section>
  );
}
