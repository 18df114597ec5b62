import { useT } from '../../i18n/useT';
import { BigButton } from '../../ui/BigButton';
import type { KindViewProps } from '../types';
import { situations } from './model';
import { CardsStep } from './parts/CardsStep';
import { HelpersStep } from './parts/HelpersStep';
import { SituationStep } from './parts/SituationStep';

/** The situation cards (step null), one card with its two sides (step "situation-<id>"), the list of what helps (step "helpers"). */
export function View(props: KindViewProps<'situationCards'>) {
  const { t } = useT();
  const { step, onStep, exercise, answers } = props;
  const situation = situations(exercise.config, answers.entries).find((s) => step === `situation-${s.id}`);
  const isHelpers = step === 'helpers';
  return (
    <div class="stack">
      <nav class="board-steps" aria-label={t('kinds.situationCards.steps')}>
        <BigButton pictogram="act-out" label={`1. ${t('kinds.situationCards.cardsStep')}`} pressed={!isHelpers} onClick={() => onStep(null)} />
        <BigButton pictogram="good-things" label={`2. ${t('kinds.situationCards.helpersStep')}`} pressed={isHelpers} onClick={() => onStep('helpers')} />
      </nav>
      {isHelpers ? <HelpersStep {...props} /> : situation ? <SituationStep key={situation.id} {...props} situation={situation} /> : <CardsStep {...props} />}
    </div>
  );
}
