import { useContext } from 'preact/hooks';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { SupportModeContext } from '../../../ui/modePort';
import { PictureCard } from '../../../ui/PictureCard';
import { Say } from '../../../ui/Say';
import { Section } from '../../../ui/Section';
import type { KindViewProps } from '../../types';
import { boardCards } from '../cards';
import { cardSummary } from '../cardWords';
import { goalWrite, readGoal } from '../goal';
import { piles } from '../piles';
import { CardFace } from './CardFace';
import { ChosenGoal } from './ChosenGoal';

/**
 * Talk before choosing: the questions, read aloud, and the piles to look at. A board that ends in a goal
 * can choose it here by talking: after the talk a support person taps "make this our goal" on a card.
 */
export function TalkStep({ exercise, answers, sources, links }: KindViewProps<'cardBoard'>) {
  const { t, tContent } = useT();
  const isSupport = useContext(SupportModeContext);
  const { discussion, fields, importAreas, outcome } = exercise.config;
  const pileList = piles(boardCards(answers.entries, sources, importAreas), answers.entries);
  const choosesGoal = outcome === 'goal';
  const goal = choosesGoal ? readGoal(answers.entries) : null;
  return (
    <div class="stack">
      {goal ? <ChosenGoal goal={goal} fields={fields} groupLink={links.group} /> : null}
      <Section title={t('cards.talk.title')} pictogram="small-talk">
        {discussion.map((question) => (
          <PictureCard key={question.id} size="large" pictogram={question.pictogram} text={tContent(question.textKey)} speakLabel={t('actions.listen')} />
        ))}
        {choosesGoal ? (
          <p>
            <Say text={t('cards.talk.howToChoose')} />
            {isSupport ? (
              <>
                {' '}
                <Say text={t('cards.talk.supportPick')} />
              </>
            ) : null}
          </p>
        ) : null}
      </Section>
      <ul class="card-grid">
        {pileList.map(({ top }) => (
          <li key={top.ref} class="board-card" data-card>
            <CardFace card={top} fields={fields} isFromEarlier={top.isFromEarlier} />
            {choosesGoal && isSupport && goal?.ref !== top.ref ? (
              <BigButton pictogram="goal" label={t('cards.goal.make')} onClick={() => void answers.put(goalWrite(top, exercise.id, 'talk'))}>
                <span class="visually-hidden"> {cardSummary(top, fields, tContent)}</span>
              </BigButton>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
