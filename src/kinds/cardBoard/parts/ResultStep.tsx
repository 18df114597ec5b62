import { useContext } from 'preact/hooks';
import type { CardField } from '../../../content/types';
import type { Person } from '../../../domain/records';
import { useT } from '../../../i18n/useT';
import { Avatar, memberLook } from '../../../ui/Avatar';
import { BigButton } from '../../../ui/BigButton';
import { SupportModeContext } from '../../../ui/modePort';
import { Notice } from '../../../ui/Notice';
import { Say } from '../../../ui/Say';
import { SpeakButton } from '../../../ui/SpeakButton';
import type { Answers, KindViewProps } from '../../types';
import { boardCards } from '../cards';
import { awaitedVoters, dotsDoneWrite, leaders, revealKey, scores, votingState, type PileScore } from '../dots';
import { goalWrite, readGoal } from '../goal';
import { piles } from '../piles';
import { cardSummary } from '../cardWords';
import { CardFace } from './CardFace';
import { ChosenGoal } from './ChosenGoal';

/** The piles by dots; the group makes the winner (or, in a tie, the one it picks) its goal. */
export function ResultStep({ exercise, members, answers, sources, links, group, onStep }: KindViewProps<'cardBoard'>) {
  const { t, tContent } = useT();
  const { fields, importAreas, dotsPerMember, outcome } = exercise.config;
  const memberIds = members.map((m) => m.id);
  const ranked = scores(piles(boardCards(answers.entries, sources, importAreas), answers.entries), answers.entries, dotsPerMember, memberIds);
  const awaited = awaitedVoters(members);
  const { voted, revealed } = votingState(answers.entries, dotsPerMember, awaited.map((m) => m.id));
  const winners = leaders(ranked);
  const goal = readGoal(answers.entries);
  const byId = new Map(members.map((m) => [m.id, m]));
  // Nobody sees the dots before everyone has voted (unless the group votes openly).
  if (!revealed && group?.openVoting !== true && !goal) {
    return (
      <div class="stack">
        <VotingWait members={awaited} voted={voted} answers={answers} />
        <BigButton pictogram="vote" label={t('cards.steps.vote')} onClick={() => onStep('vote')} />
      </div>
    );
  }
  return (
    <div class="stack">
      {goal ? (
        <ChosenGoal goal={goal} fields={fields} groupLink={links.group} />
      ) : winners.length > 1 ? (
        <Notice pictogram="question" text={t('cards.result.tie')} />
      ) : winners.length === 0 ? (
        <Notice pictogram="vote" text={t('cards.result.noDots')} />
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
                  return m ? <Avatar key={`${id}-${n}`} {...memberLook(m)} size="small" showName={false} /> : null;
                })}
              </span>
              <div class="button-row">
                <SpeakButton label={t('actions.listen')} scope="[data-card]" />
                {outcome === 'goal' && isWinner && goal?.ref !== pile.top.ref ? (
                  <BigButton variant="primary" pictogram="goal" label={t('cards.goal.make')} onClick={() => void answers.put(goalWrite(pile.top, exercise.id, 'vote'))}>
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

/** The piles with their dots, most first, in a few words each (read aloud when the votes come out). */
export function DotTally({ ranked, fields }: { readonly ranked: readonly PileScore[]; readonly fields: readonly CardField[] }) {
  const { t, tContent } = useT();
  return (
    <ol class="dot-tally">
      {ranked.map(({ pile, dots }) => (
        <li key={pile.top.ref} class={dots > 0 ? 'dot-tally__row has-dots' : 'dot-tally__row'}>
          <span class="dots-on-card" aria-hidden="true">
            {Array.from({ length: Math.min(dots, 12) }, (_, n) => (
              <span key={n} class="dot" />
            ))}
          </span>
          <Say text={`${cardSummary(pile.top, fields, tContent) || pile.top.text || ''}: ${t('cards.result.dots', { count: dots })}.`} />
        </li>
      ))}
    </ol>
  );
}

interface WaitProps {
  readonly members: readonly Person[];
  readonly voted: ReadonlySet<string>;
  readonly answers: Answers;
}

/** While the votes are hidden: who still votes; a support person can show the dots anyway (someone is away). */
export function VotingWait({ members, voted, answers }: WaitProps) {
  const { t } = useT();
  const isSupport = useContext(SupportModeContext);
  const waiting = members.filter((m) => !voted.has(m.id)).map((m) => m.name);
  return (
    <Notice pictogram="votes-hidden" text={`${t('cards.vote.hidden')}${waiting.length > 0 ? ` ${t('cards.vote.waitingFor', { names: waiting.join(', ') })}` : ''}`}>
      {isSupport ? <BigButton variant="quiet" pictogram="results" label={t('cards.vote.revealNow')} onClick={() => void answers.put(dotsDoneWrite(revealKey))} /> : null}
    </Notice>
  );
}
