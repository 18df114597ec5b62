import { useEffect, useRef, useState } from 'preact/hooks';
import type { CardField } from '../../../content/types';
import { colourHex } from '../../../domain/people';
import type { Person } from '../../../domain/records';
import { useT } from '../../../i18n/useT';
import { Avatar } from '../../../ui/Avatar';
import { BigButton } from '../../../ui/BigButton';
import { Say } from '../../../ui/Say';
import { SpeakButton } from '../../../ui/SpeakButton';
import type { Answers, AnswerWrite } from '../../types';
import * as v from 'valibot';
import { addDotWrite, dotSchema, dotsLeft, refsOf, removeDotWrite, withPending, type PendingDots } from '../dots';
import type { Pile } from '../piles';
import { cardSummary } from '../cardWords';
import { CardFace } from './CardFace';

interface Props {
  readonly person: Person;
  readonly piles: readonly Pile[];
  readonly slots: ReadonlyMap<number, string> | undefined;
  readonly dotsPerMember: number;
  readonly fields: readonly CardField[];
  readonly answers: Answers;
  readonly onDone: () => void;
}

/** One member's dots: listen to a pile, put a dot on it, take it back, see how many are left. */
export function DotTurn({ person, piles, slots: saved, dotsPerMember, fields, answers, onDone }: Props) {
  const { t, tContent } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [person.id]);
  // Quick taps come faster than the database answers: dots given but not yet saved count at once.
  const pending = useRef<PendingDots>(new Map());
  const [, rerender] = useState(0);
  useEffect(() => pending.current.clear(), [person.id]);
  const slots = withPending(saved, pending.current);
  const change = (makeWrite: (now: ReadonlyMap<number, string>) => AnswerWrite | null) => {
    const write = makeWrite(withPending(saved, pending.current));
    if (!write || !v.is(dotSchema, write.data)) return;
    pending.current.set(Number(write.key.split(':')[1]), write.data.ref);
    rerender((n) => n + 1);
    void answers.put(write);
  };
  const left = dotsLeft(slots, dotsPerMember);
  return (
    <section class="stack vote-panel" aria-labelledby="dot-turn-title">
      <Avatar name={person.name} colourHex={colourHex(person.colour)} avatar={person.avatar} size="large" />
      <h2 id="dot-turn-title" class="section-title" tabIndex={-1} ref={heading}>
        <Say text={t('cards.vote.yourDots', { name: person.name, count: left })} />
      </h2>
      <p class="dots-left" aria-hidden="true">
        {Array.from({ length: dotsPerMember }, (_, n) => (
          <span key={n} class={n < left ? 'dot' : 'dot is-used'} />
        ))}
      </p>
      <ul class="card-grid">
        {piles.map((pile) => {
          const refs = refsOf(pile);
          const mine = [...(slots?.values() ?? [])].filter((ref) => refs.has(ref)).length;
          const name = cardSummary(pile.top, fields, tContent);
          return (
            <li key={pile.top.ref} class={mine > 0 ? 'board-card has-dots' : 'board-card'} data-card>
              <CardFace card={pile.top} fields={fields} isFromEarlier={pile.top.isFromEarlier} />
              {pile.rest.length > 0 ? <Say class="pile__count" text={t('cards.piles.count', { count: pile.rest.length + 1 })} /> : null}
              <p class="dots-on-card" aria-hidden="true">
                {Array.from({ length: mine }, (_, n) => (
                  <span key={n} class="dot" />
                ))}
              </p>
              <div class="button-row">
                <SpeakButton label={t('actions.listen')} scope="[data-card]" />
                <BigButton
                  variant="primary"
                  pictogram="dot"
                  label={t('cards.vote.addDot')}
                  disabled={left === 0}
                  onClick={() => change((now) => addDotWrite(person.id, now, dotsPerMember, pile.top.ref))}
                >
                  <span class="visually-hidden"> {name}</span>
                </BigButton>
                {mine > 0 ? (
                  <BigButton
                    pictogram="undo"
                    label={t('cards.vote.removeDot')}
                    onClick={() => change((now) => removeDotWrite(person.id, now, (ref) => refs.has(ref)))}
                  >
                    <span class="visually-hidden"> {name}</span>
                  </BigButton>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      <BigButton variant="primary" pictogram="done" label={t('cards.vote.done')} onClick={onDone} />
    </section>
  );
}
