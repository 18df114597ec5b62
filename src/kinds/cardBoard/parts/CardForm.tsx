import { useState } from 'preact/hooks';
import type { CardBoardArea, CardField } from '../../../content/types';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { Pictogram } from '../../../ui/Pictogram';
import { Say } from '../../../ui/Say';
import { TextField } from '../../../ui/TextField';
import { PhotoInput, VoiceInput, VoicePlay } from '../../shared/MediaInputs';
import { hasContent, type NewCard } from '../cards';

interface Props {
  readonly area: CardBoardArea;
  readonly fields: readonly CardField[];
  readonly onAdd: (card: NewCard) => void;
}

/** A new card: tap a picture for each question, and/or write, record or take a photo. */
export function CardForm({ area, fields, onAdd }: Props) {
  const { t, tContent } = useT();
  const empty: NewCard = { areaId: area.id };
  const [card, setCard] = useState<NewCard>(empty);
  const choose = (fieldId: string, choiceId: string) => {
    const choices = { ...card.choices };
    if (choices[fieldId] === choiceId) delete choices[fieldId];
    else choices[fieldId] = choiceId;
    setCard({ ...card, choices });
  };
  return (
    <form
      class="card-form stack"
      onSubmit={(event) => {
        event.preventDefault();
        if (!hasContent(card)) return;
        onAdd({ ...card, ...(card.text ? { text: card.text.trim() } : {}) });
        setCard(empty);
      }}
    >
      {fields.map((field) => (
        <fieldset key={field.id} class="stack">
          <legend class="field__label">
            <Pictogram id={field.pictogram} size={40} />
            <Say text={tContent(field.questionKey)} />
          </legend>
          <div class="picture-choices">
            {field.choices.map((choice) => (
              <BigButton
                key={choice.id}
                layout="tile"
                pictogram={choice.pictogram}
                label={tContent(choice.textKey)}
                pressed={card.choices?.[field.id] === choice.id}
                onClick={() => choose(field.id, choice.id)}
              />
            ))}
          </div>
        </fieldset>
      ))}
      <TextField name={`card-text-${area.id}`} label={t(fields.length > 0 ? 'cards.ownWords' : 'cards.write')} pictogram="pencil-paper" value={card.text ?? ''} maxLength={300} onInput={(text) => setCard({ ...card, text })} />
      {card.voiceId ? <VoicePlay mediaId={card.voiceId} /> : null}
      <div class="button-row">
        <VoiceInput hasVoice={Boolean(card.voiceId)} onSaved={(voiceId) => setCard({ ...card, voiceId })} />
        <PhotoInput hasPhoto={Boolean(card.photoId)} onSaved={(photoId) => setCard({ ...card, photoId })} />
      </div>
      <BigButton type="submit" variant="primary" pictogram="add" label={t('cards.addCard')} />
    </form>
  );
}
