import type { KindViewProps } from '../types';
import { boardSteps, type BoardStep } from './model';
import { CardsStep } from './parts/CardsStep';
import { PilesStep } from './parts/PilesStep';
import { ResultStep } from './parts/ResultStep';
import { StepNav } from './parts/StepNav';
import { TalkStep } from './parts/TalkStep';
import { VoteStep } from './parts/VoteStep';

/** A board of cards; boards with piles and a vote go step by step (the step is in the address). */
export function View(props: KindViewProps<'cardBoard'>) {
  const steps = boardSteps(props.exercise.config);
  const current: BoardStep = steps.find((s) => s === props.step) ?? 'cards';
  const content = {
    cards: <CardsStep {...props} />,
    piles: <PilesStep {...props} />,
    talk: <TalkStep {...props} />,
    vote: <VoteStep {...props} />,
    result: <ResultStep {...props} />,
  }[current];
  if (steps.length === 1) return content;
  return (
    <div class="stack">
      <StepNav steps={steps} current={current} onStep={(step) => props.onStep(step === 'cards' ? null : step)} />
      {content}
    </div>
  );
}
