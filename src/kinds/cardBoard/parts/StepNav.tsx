import type { PictogramId } from '../../../content/pictogramId';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import type { BoardStep } from '../model';

const look: Readonly<Record<BoardStep, { readonly pictogram: PictogramId; readonly key: string }>> = {
  cards: { pictogram: 'wish', key: 'cards.steps.cards' },
  piles: { pictogram: 'pile', key: 'cards.steps.piles' },
  talk: { pictogram: 'small-talk', key: 'cards.steps.talk' },
  vote: { pictogram: 'vote', key: 'cards.steps.vote' },
  result: { pictogram: 'results', key: 'cards.steps.result' },
};

interface Props {
  readonly steps: readonly BoardStep[];
  readonly current: BoardStep;
  readonly onStep: (step: BoardStep) => void;
}

/** The board's steps as big numbered buttons; the current one is pressed. */
export function StepNav({ steps, current, onStep }: Props) {
  const { t } = useT();
  return (
    <nav class="board-steps" aria-label={t('cards.steps.title')}>
      {steps.map((step, n) => (
        <BigButton key={step} pictogram={look[step].pictogram} label={`${n + 1}. ${t(look[step].key as 'cards.steps.cards')}`} pressed={step === current} onClick={() => onStep(step)} />
      ))}
    </nav>
  );
}
