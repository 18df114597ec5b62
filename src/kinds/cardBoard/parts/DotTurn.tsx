import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import * as v from 'valibot';
import type { CardField } from '../../../content/types';
import type { Person } from '../../../domain/records';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { Say } from '../../../ui/Say';
import { SpeechContext } from '../../../ui/speechPort';
import { TurnFrame } from '../../shared/TurnFrame';
import type { Answers, AnswerWrite } from '../../types';
import { cardSummary } from '../cardWords';
import { addDotWrite, dotSchema, dotsDoneWrite, dotsLeft, refsOf, removeDotWrite, withPending, type PendingDots } from '../dots';
import type { Pile } from '../piles';
import { CardFace } from './CardFace';

interface Props {
  readonly person: Person;
  readonly piles: readonly Pile[];
  readonly slots: ReadonlyMap<number, string> | undefined;
  readonly dotsPerMember: number;
  readonly fields: readonly CardField[];
  readonly answers: Answers;
  /** Everyone's dots on each pile (by its top card), when they may be seen (open voting or all voted). */
  readonly totals: ReadonlyMap<string, number> | null;
  readonly onDone: () => void;
}

/**
 * One member's dots on one screen: the cards in a grid (tap a card to hear it), the dots left, and
 * "Valmis". A dot can be taken back until the turn ends; nobody else's dots show while voting is hidden.
 */
export function DotTurn({ person, piles, slots: saved, dotsPerMember, fields, answers, totals, onDone }: Props) {
  const { t, tContent } = useT();
  const speech = useContext(SpeechContext);
  // Quick taps come faster than the database answers: dots given but not yet saved count at once.
  const pending = useRef<PendingDots>(new Map());
  const [, rerender] = useState(0);
  const slots = withPending(saved, pending.current);
  // A member who gave a dot and hands the tablet on (the next person taps their picture) has voted.
  const gaveDotRef = useRef(false);
  const endedRef = useRef(false);
  const handOnRef = useRef(() => undefined as void);
  useEffect(() => {
    handOnRef.current = () => {
      if (gaveDotRef.current && !endedRef.current) void answers.put(dotsDoneWrite(person.id));
    };
  });
  useEffect(() => () => handOnRef.current(), []);
  const change = (makeWrite: (now: ReadonlyMap<number, string>) => AnswerWrite | null) => {
    const write = makeWrite(withPending(saved, pending.current));
    if (!write || !v.is(dotSchema, write.data)) return;
    pending.current.set(Number(write.key.split(':')[1]), write.data.ref);
    gaveDotRef.current = true;
    rerender((n) => n + 1);
    void answers.put(write);
  };
  const left = dotsLeft(slots, dotsPerMember);
  return (
    <TurnFrame
      person={person}
      question={t('cards.vote.ask', { name: person.name })}
      class="dot-turn"
      status={
        // The dots left stay in view beside "Valmis" while the cards are looked through.
        <div class="dot-turn__left" role="status">
          <span class="dots-left" aria-hidden="true">
            {Array.from({ length: dotsPerMember }, (_, n) => (
              <span key={n} class={n < left ? 'dot' : 'dot is-used'} />
            ))}
          </span>
          <Say class="dot-turn__count" text={t('cards.vote.yourDots', { name: person.name, count: left })} />
          <Say class="dot-turn__hint" text={t('cards.vote.hearCard')} />
        </div>
      }
      onDone={() => {
        endedRef.current = true;
        void answers.put(dotsDoneWrite(person.id));
        onDone();
      }}
    >
      <ul class="dot-grid">
        {piles.map((pile) => {
          const refs = refsOf(pile);
          const mine = [...slots.values()].filter((ref) => refs.has(ref)).length;
          const name = cardSummary(pile.top, fields, tContent);
          const total = totals?.get(pile.top.ref);
          return (
            // Tapping the card reads it (pointer users); its buttons also say the card's words.
            // oxlint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
            <li
              key={pile.top.ref}
              class={mine > 0 ? 'dot-card has-dots' : 'dot-card'}
              data-card
              onClick={(event) => {
                if ((event.target as Element).closest('button, a, audio')) return;
                speech.readAloud(event.currentTarget);
              }}
            >
              <CardFace card={pile.top} fields={fields} isFromEarlier={pile.top.isFromEarlier} />
              {pile.rest.length > 0 ? <Say class="pile__count" text={t('cards.piles.count', { count: pile.rest.length + 1 })} /> : null}
              <span class="dot-card__dots">
                <span class="dots-on-card" aria-hidden="true">
                  {Array.from({ length: mine }, (_, n) => (
                    <span key={n} class="dot" />
                  ))}
                </span>
                {total !== undefined ? <Say class="dot-card__total" text={t('cards.result.dots', { count: total })} /> : null}
              </span>
              <div class="dot-card__buttons">
                <BigButton
                  variant="primary"
                  pictogram="vote"
                  label={t('cards.vote.addDot')}
                  disabled={left === 0}
                  onClick={() => change((now) => addDotWrite(person.id, now, dotsPerMember, pile.top.ref))}
                >
                  <Say class="visually-hidden" text={name} />
                </BigButton>
                {mine > 0 ? (
                  <BigButton pictogram="undo" label={t('cards.vote.removeDot')} onClick={() => change((now) => removeDotWrite(person.id, now, (ref) => refs.has(ref)))}>
                    <Say class="visually-hidden" text={name} />
                  </BigButton>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </TurnFrame>
  );
}
