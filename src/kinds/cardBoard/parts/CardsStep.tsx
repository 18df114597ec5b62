import { useT } from '../../../i18n/useT';
import { RemoveButton } from '../../../ui/RemoveButton';
import { PictureCard } from '../../../ui/PictureCard';
import { Section } from '../../../ui/Section';
import { SpeakButton } from '../../../ui/SpeakButton';
import type { KindViewProps } from '../../types';
import { boardCards, newCardWrite, takeOffWrite, type BoardCard } from '../cards';
import { CardFace } from './CardFace';
import { CardForm } from './CardForm';

/** The cards in their areas, a form to add one to each area, and remove (with undo). */
export function CardsStep({ exercise, answers, sources }: KindViewProps<'cardBoard'>) {
  const { t, tContent } = useT();
  const { areas, fields, importAreas, introKey } = exercise.config;
  const cards = boardCards(answers.entries, sources, importAreas);
  const remove = (card: BoardCard) => {
    const takeOff = takeOffWrite(card);
    if (takeOff) void answers.putUndoable([takeOff], [{ ...takeOff, data: { hidden: false } }], t('cards.removed'));
    else void answers.remove('card', card.key, t('cards.removed'));
  };
  // Cards from an earlier exercise show in the first area of this board.
  const areaOf = (card: BoardCard) => (card.isFromEarlier || !areas.some((a) => a.id === card.areaId) ? areas[0]?.id : card.areaId);
  return (
    <div class="stack">
      <PictureCard pictogram={exercise.pictogram} text={tContent(introKey)} speakLabel={t('actions.listen')} />
      {areas.map((area) => (
        <Section key={area.id} title={tContent(area.titleKey)} pictogram={area.pictogram} class="board-area">
          <ul class="card-grid">
            {cards
              .filter((card) => areaOf(card) === area.id)
              .map((card) => (
                <li key={card.ref} class="board-card" data-card>
                  <CardFace card={card} fields={fields} isFromEarlier={card.isFromEarlier} />
                  <div class="button-row">
                    <SpeakButton label={t('actions.listen')} scope="[data-card]" />
                    <RemoveButton label={t('actions.remove')} onClick={() => remove(card)}>
                      <span class="visually-hidden"> {card.text ?? ''}</span>
                    </RemoveButton>
                  </div>
                </li>
              ))}
          </ul>
          <CardForm area={area} fields={fields} onAdd={(card) => void answers.put(newCardWrite(card))} />
        </Section>
      ))}
    </div>
  );
}
