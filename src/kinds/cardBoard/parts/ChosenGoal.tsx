import type { CardField } from '../../../content/types';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { Say } from '../../../ui/Say';
import { Section } from '../../../ui/Section';
import { SpeakButton } from '../../../ui/SpeakButton';
import { goalChosenBy, type Goal } from '../goal';
import { CardFace } from './CardFace';

interface Props {
  readonly goal: Goal;
  readonly fields: readonly CardField[];
  readonly groupLink: string;
}

/** The goal the group chose (by talking or by vote), and that the wishes stay open for later. */
export function ChosenGoal({ goal, fields, groupLink }: Props) {
  const { t } = useT();
  return (
    <Section title={t('cards.goal.title')} pictogram="goal" class="goal">
      <div class="board-card is-goal" data-card>
        <CardFace card={goal.card} fields={fields} />
        <Say class="goal__how" text={t(goalChosenBy(goal) === 'talk' ? 'cards.goal.byTalk' : 'cards.goal.byVote')} />
        <SpeakButton label={t('actions.listen')} scope="[data-card]" />
      </div>
      <p>
        <Say text={t('cards.goal.comeBack')} />
      </p>
      <p>
        <Say text={t('cards.goal.alone')} />
      </p>
      <BigButton pictogram="group" label={t('cards.goal.seeOnGroupPage')} href={groupLink} />
    </Section>
  );
}
