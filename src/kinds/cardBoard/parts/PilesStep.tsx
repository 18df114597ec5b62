import { useState } from 'preact/hooks';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { Notice } from '../../../ui/Notice';
import { Say } from '../../../ui/Say';
import { SpeakButton } from '../../../ui/SpeakButton';
import type { KindViewProps } from '../../types';
import { boardCards, type BoardCard } from '../cards';
import { cardSummary } from '../cardWords';
import { pileWrite, piles, unpileWrites } from '../piles';
import { CardFace } from './CardFace';

/** Tap a card, then tap the card it is like: they become one pile. A card can be taken out again, and read aloud. */
export function PilesStep({ exercise, answers, sources }: KindViewProps<'cardBoard'>) {
  const { t, tContent } = useT();
  const { fields, importAreas } = exercise.config;
  const cards = boardCards(answers.entries, sources, importAreas);
  const pileList = piles(cards, answers.entries);
  const [picked, setPicked] = useState<BoardCard | null>(null);

  const tap = (card: BoardCard) => {
    if (!picked) return setPicked(card);
    if (picked.ref === card.ref) return setPicked(null);
    const write = pileWrite(picked, card, answers.entries, cards);
    setPicked(null);
    if (write) void answers.put(write);
  };

  return (
    <div class="stack">
      <Notice pictogram="pile" text={t(picked ? 'cards.piles.pickSecond' : 'cards.piles.pickFirst')} />
      <ul class="card-grid">
        {pileList.map(({ top, rest }) => (
          <li key={top.ref} class={rest.length > 0 ? 'pile has-cards' : 'pile'}>
            {[top, ...rest].map((card) => {
              const name = cardSummary(card, fields, tContent);
              return (
                <div key={card.ref} class={picked?.ref === card.ref ? 'board-card is-picked' : 'board-card'} data-card>
                  <CardFace card={card} fields={fields} isFromEarlier={card.isFromEarlier} />
                  <div class="button-row">
                    <SpeakButton label={t('actions.listen')} scope="[data-card]" />
                    <BigButton pictogram="pile" label={t(picked?.ref === card.ref ? 'cards.piles.picked' : picked ? 'cards.piles.putHere' : 'cards.piles.pick')} pressed={picked?.ref === card.ref} onClick={() => tap(card)}>
                      <span class="visually-hidden"> {name}</span>
                    </BigButton>
                    {rest.length > 0 ? (
                      <BigButton pictogram="undo" label={t('cards.piles.takeOut')} onClick={() => void answers.put(...unpileWrites(card, answers.entries, cards))}>
                        <span class="visually-hidden"> {name}</span>
                      </BigButton>
                    ) : null}
                  </div>
                </div>
              );
            })}
            {rest.length > 0 ? <Say class="pile__count" text={t('cards.piles.count', { count: rest.length + 1 })} /> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
