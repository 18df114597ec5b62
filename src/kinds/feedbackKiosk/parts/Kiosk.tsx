import { useEffect, useState } from 'preact/hooks';
import type { FeedbackKioskConfig } from '../../../content/types';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import type { KioskPort } from '../../../ui/kioskPort';
import type { Answers } from '../../types';
import { newVisitorStep, parseKioskStep } from '../steps';
import { Thanks } from './Thanks';
import { Visitor } from './Visitor';

interface Props {
  readonly config: FeedbackKioskConfig;
  readonly answers: Answers;
  readonly step: string | null;
  readonly onStep: (step: string | null) => void;
  readonly kiosk: KioskPort;
}

/** The survey for one visitor after another; the only way out is "Lopeta kysely" with the PIN. */
export function Kiosk({ config, answers, step, onStep, kiosk }: Props) {
  const { t } = useT();
  const [isAsking, setAsking] = useState(false);
  const at = parseKioskStep(step, config.questions.length);
  const isAtStep = at !== null;
  // The kiosk is on but the address is elsewhere in the exercise (its start, an old step): a new visitor.
  useEffect(() => {
    if (!isAtStep) onStep(newVisitorStep());
  }, [isAtStep, onStep]);

  const stop = async () => {
    setAsking(true);
    const isUnlocked = await kiosk.unlock();
    setAsking(false);
    if (!isUnlocked) return;
    kiosk.leave();
    onStep(null);
  };

  return (
    <div class="kiosk stack">
      {at?.screen === 'thanks' ? <Thanks onNext={() => onStep(newVisitorStep())} /> : null}
      {at?.screen === 'question' ? (
        <Visitor key={at.key} config={config} responseKey={at.key} index={at.index} answers={answers} onStep={onStep} />
      ) : null}
      <div class="kiosk__stop">
        <BigButton variant="quiet" pictogram="support-mode" label={t('feedbackKiosk.stop')} disabled={isAsking} onClick={() => void stop()} />
      </div>
    </div>
  );
}
