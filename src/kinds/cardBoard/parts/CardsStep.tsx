import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../../i18n/useT';
import { Pictogram } from '../../../ui/Pictogram';
import { Say } from '../../../ui/Say';
import { SpeechContext } from '../../../ui/speechPort';
import { RemoveButton } from '../../../ui/RemoveButton';
import { PictureCard } from '../../../ui/PictureCard';
import { Section } from '../../../ui/Section';
import { SpeakButton } from '../../../ui/SpeakButton';
import type { KindViewProps } from '../../types';
import { readPartners } from '../../../domain/partners';
import { BigButton } from '../../../ui/BigButton';
import { boardCards, moveWrite, newCardWrite, partnerCardText, takeOffWrite, type BoardCard, type NewCard } from '../cards';
import { cardSummary } from '../cardWords';
import { CardFace } from './CardFace';
import { CardForm } from './CardForm';
import { GoalBox } from './GoalBox';
import { PartnerTiles } from './PartnerTiles';
import { PlanCards } from './PlanCards';

/**
 * The cards in their areas, a form to add one to each area, and remove (with undo). Some boards also
 * move cards between areas, take in the group's partners, or show the goal and the plan (a learning café).
 * A card just made is marked "Uusi kortti" and brought into view; tapping a card reads it aloud.
 */
export function CardsStep({ exercise, answers, sources }: KindViewProps<'cardBoard'>) {
  const { t, tContent } = useT();
  const { areas, fields, importAreas, introKey, canMoveCards = false, addsFromPartnerList = false, showsPlan = false } = exercise.config;
  const cards = boardCards(answers.entries, sources, importAreas);
  const onBoard = new Set(cards.map((c) => c.text));
  const newPartners = addsFromPartnerList ? readPartners(sources).filter((p) => !onBoard.has(partnerCardText(p))) : [];
  const firstArea = areas[0];
  const speech = useContext(SpeechContext);
  const [newKey, setNewKey] = useState<string | null>(null);
  const newCardRef = useRef<HTMLLIElement>(null);
  const shownKeyRef = useRef<string | null>(null);
  const isNewShown = newKey !== null && cards.some((c) => c.key === newKey && !c.isFromEarlier);
  // The new card appears (at once, before it is on disk): bring it into view once.
  useEffect(() => {
    if (!isNewShown || shownKeyRef.current === newKey) return;
    shownKeyRef.current = newKey;
    newCardRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [isNewShown, newKey]);
  const add = (card: NewCard) => {
    const write = newCardWrite(card);
    setNewKey(write.key);
    return answers.put(write);
  };
  const remove = (card: BoardCard) => {
    const takeOff = takeOffWrite(card);
    if (takeOff) void answers.putUndoable([takeOff], [{ ...takeOff, data: { hidden: false } }], t('cards.removed'));
    else void answers.remove('card', card.key, t('cards.removed'));
  };
  const move = (card: BoardCard, areaId: string) => {
    const write = moveWrite(card, areaId);
    if (write) void answers.put(write);
  };
  // Cards from an earlier exercise show in the first area of this board.
  const areaOf = (card: BoardCard) => (card.isFromEarlier || !areas.some((a) => a.id === card.areaId) ? areas[0]?.id : card.areaId);
  return (
    <div class="stack">
      {showsPlan ? <GoalBox entries={sources} /> : null}
      <PictureCard pictogram={exercise.pictogram} text={tContent(introKey)} speakLabel={t('actions.listen')} />
      {firstArea ? <PartnerTiles partners={newPartners} onAdd={(partner) => void answers.put(newCardWrite({ areaId: firstArea.id, text: partnerCardText(partner) }))} /> : null}
      {areas.map((area) => (
        <Section key={area.id} title={tContent(area.titleKey)} pictogram={area.pictogram} class="board-area">
          {showsPlan ? <PlanCards sources={sources} sectionId={area.id} /> : null}
          <ul class="card-grid">
            {cards
              .filter((card) => areaOf(card) === area.id)
              .map((card) => (
                // Tapping the card reads it (pointer users); keyboard users have its speaker button.
                // oxlint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
                <li
                  key={card.ref}
                  class={card.key === newKey && !card.isFromEarlier ? 'board-card is-new' : 'board-card'}
                  data-card
                  {...(card.key === newKey && !card.isFromEarlier ? { ref: newCardRef } : {})}
                  onClick={(event) => {
                    if ((event.target as Element).closest('button, a, input, label, audio')) return;
                    speech.readAloud(event.currentTarget);
                  }}
                >
                  {card.key === newKey && !card.isFromEarlier ? (
                    <span class="badge badge--new">
                      <Pictogram id="add" size={24} />
                      <Say text={t('cards.newCard')} />
                    </span>
                  ) : null}
                  <CardFace card={card} fields={fields} isFromEarlier={card.isFromEarlier} />
                  <div class="button-row">
                    <SpeakButton label={t('actions.listen')} scope="[data-card]" />
                    {canMoveCards && !card.isFromEarlier
                      ? areas
                          .filter((other) => other.id !== area.id)
                          .map((other) => (
                            <BigButton key={other.id} pictogram="move" label={t('cards.moveTo', { area: tContent(other.titleKey) })} onClick={() => move(card, other.id)}>
                              <span class="visually-hidden"> {cardSummary(card, fields, tContent)}</span>
                            </BigButton>
                          ))
                      : null}
                    <RemoveButton label={t('actions.remove')} onClick={() => remove(card)}>
                      <span class="visually-hidden"> {cardSummary(card, fields, tContent)}</span>
                    </RemoveButton>
                  </div>
                </li>
              ))}
          </ul>
          <CardForm area={area} fields={fields} draftKey={answers.draftKey} onAdd={add} />
        </Section>
      ))}
    </div>
  );
}
