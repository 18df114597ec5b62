import { colourHex } from '../../../domain/people';
import { useT } from '../../../i18n/useT';
import { Avatar } from '../../../ui/Avatar';
import { BigButton } from '../../../ui/BigButton';
import { Notice } from '../../../ui/Notice';
import { Say } from '../../../ui/Say';
import { Section } from '../../../ui/Section';
import { SpeakButton } from '../../../ui/SpeakButton';
import type { KindViewProps } from '../../types';
import { boardCards } from '../cards';
import { leaders, scores } from '../dots';
import { goalWrite, readGoal } from '../goal';
import { piles } from '../piles';
import { cardSummary } from '../cardWords';
import { CardFace } from './CardFace';

/** The piles by dots; the group makes the winner (or, in a tie, the one it picks) its goal. */
export function ResultStep({ exercise, members, answers, sources, links }: KindViewProps<'cardBoard'>) {
  const { t, tContent } = useT();
  const { fields, importAreas, dotsPerMember, outcome } = exercise.config;
  const ranked = scores(piles(boardCards(answers.entries, sources, importAreas), answers.entries), answers.entries, dotsPerMember, members.map((m) => m.id));
  const winners = leaders(ranked);
  const goal = readGoal(answers.entries);
  const byId = new Map(members.map((m) => [m.id, m]));
  return (
    <div class="stack">
      {goal ? (
        <Section title={t('cards.goal.title')} pictogram="goal" class="goal">
          <div class="board-card is-goal" data-card>
            <CardFace card={goal.card} fields={fields} />
            <SpeakButton label={t('actions.listen')} scope="[data-card]" />
          </div>
          <BigButton pictogram="group" label={t('cards.goal.seeOnGroupPage')} href={links.group} />
        </Section>
      ) : winners.length > 1 ? (
        <Notice pictogram="question" text={t('cards.result.tie')} />
      ) : winners.length === 0 ? (
        <Notice pictogram="dot" text={t('cards.result.noDots')} />
      ) : null}
      <ol class="card-grid">
        {ranked.map(({ pile, dots, personIds }) => {
          const isWinner = winners.some((w) => w.pile.top.ref === pile.top.ref);
          return (
            <li key={pile.top.ref} class={isWinner ? 'board-card is-winner' : 'board-card'} data-card>
              <Say class="pile__count" text={t('cards.result.dots', { count: dots })} />
              <CardFace card={pile.top} fields={fields} isFromEarlier={pile.top.isFromEarlier} />
              {pile.rest.length > 0 ? <Say class="pile__count" text={t('cards.piles.count', { count: pile.rest.length + 1 })} /> : null}
              <span class="result__voters" aria-hidden="true">
                {personIds.map((id, n) => {
                  const m = byId.get(id);
                  return m ? <Avatar key={`${id}-${n}`} name={m.name} colourHex={colourHex(m.colour)} avatar={m.avatar} size="small" showName={false} /> : null;
                })}
              </span>
              <div class="button-row">
                <SpeakButton label={t('actions.listen')} scope="[data-card]" />
                {outcome === 'goal' && isWinner && goal?.ref !== pile.top.ref ? (
                  <BigButton variant="primary" pictogram="goal" label={t('cards.goal.make')} onClick={() => void answers.put(goalWrite(pile.top, exercise.id))}>
                    <span class="visually-hidden"> {cardSummary(pile.top, fields, tContent)}</span>
                  </BigButton>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
