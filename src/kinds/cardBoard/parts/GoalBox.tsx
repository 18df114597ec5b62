import type { Entry } from '../../../domain/records';
import { useT } from '../../../i18n/useT';
import { Say } from '../../../ui/Say';
import { Section } from '../../../ui/Section';
import { SpeakButton } from '../../../ui/SpeakButton';
import { goalFields, readGoal } from '../goal';
import { CardFace } from './CardFace';

/** The group's goal on top of a later exercise (the plan) and on the group's page. */
export function GoalBox({ entries }: { readonly entries: readonly Entry[] }) {
  const { t } = useT();
  const goal = readGoal(entries);
  return (
    <Section title={t('cards.goal.title')} pictogram="goal" class="goal">
      {goal ? (
        <div class="board-card is-goal" data-card>
          <CardFace card={goal.card} fields={goalFields(goal)} />
          <SpeakButton label={t('actions.listen')} scope="[data-card]" />
        </div>
      ) : (
        <p>
          <Say text={t('cards.goal.none')} />
        </p>
      )}
    </Section>
  );
}
