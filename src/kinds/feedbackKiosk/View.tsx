import { useContext } from 'preact/hooks';
import { KioskContext } from '../../ui/kioskPort';
import type { KindViewProps } from '../types';
import { Kiosk } from './parts/Kiosk';
import { StartView } from './parts/StartView';
import { newVisitorStep } from './steps';

/**
 * The support persons' start view (what the survey is, "start", the summary); once started, the
 * kiosk: one visitor at a time, locked until a support person gives the PIN.
 */
export function View({ exercise, answers, step, onStep }: KindViewProps<'feedbackKiosk'>) {
  const kiosk = useContext(KioskContext);
  const { config } = exercise;
  if (kiosk.isOn) return <Kiosk config={config} answers={answers} step={step} onStep={onStep} kiosk={kiosk} />;
  return (
    <StartView
      config={config}
      pictogram={exercise.pictogram}
      answers={answers}
      onStart={() => {
        kiosk.enter();
        onStep(newVisitorStep());
      }}
    />
  );
}
