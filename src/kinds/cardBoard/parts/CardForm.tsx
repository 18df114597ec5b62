import type { CardBoardArea, CardField } from '../../../content/types';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { Pictogram } from '../../../ui/Pictogram';
import { Say } from '../../../ui/Say';
import { TextField } from '../../../ui/TextField';
import { useDraft } from '../../../ui/useDraft';
import { PhotoInput, VoiceInput, VoicePlay } from '../../shared/MediaInputs';
import { fieldTextMaxLength, hasContent, newCardSchema, tidyCard, type NewCard } from '../cards';

interface Props {
  readonly area: CardBoardArea;
  readonly fields: readonly CardField[];
  readonly onAdd: (card: NewCard) => void;
  /** Keeps the half-made card through a reload (see ui/useDraft). */
  readonly draftKey: string;
}

/** A new card: for each question tap a picture and/or write a few words; and/or write, record or take a photo. */
export function CardForm({ area, fields, onAdd, draftKey }: Props) {
  const { t, tContent } = useT();
  const [card, setCard, clearCard] = useDraft<NewCard>(`${draftKey}/${area.id}`, newCardSchema, { areaId: area.id });
  const choose = (fieldId: string, choiceId: string) => {
    const choices = { ...card.choices };
    if (choices[fieldId] === choiceId) delete choices[fieldId];
    else choices[fieldId] = choiceId;
    setCard({ ...card, choices });
  };
  const write = (fieldId: string, words: string) => setCard({ ...card, fieldTexts: { ...card.fieldTexts, [fieldId]: words } });
  return (
    <form
      class="card-form stack"
      onSubmit={(event) => {
        event.preventDefault();
        if (!hasContent(card)) return;
        onAdd(tidyCard(card));
        clearCard();
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
          {card.fieldVoices?.[field.id] ? <VoicePlay mediaId={card.fieldVoices[field.id]!} /> : null}
          <VoiceInput
            hasVoice={Boolean(card.fieldVoices?.[field.id])}
            onSaved={(voiceId) => setCard((previous) => ({ ...previous, fieldVoices: { ...previous.fieldVoices, [field.id]: voiceId } }))}
          />
          <TextField
            name={`card-${area.id}-${field.id}`}
            label={t('cards.fieldWords')}
            pictogram="pencil-paper"
            value={card.fieldTexts?.[field.id] ?? ''}
            maxLength={fieldTextMaxLength}
            onInput={(words) => write(field.id, words)}
          />
        </fieldset>
      ))}
      <TextField name={`card-text-${area.id}`} label={t(fields.length > 0 ? 'cards.ownWords' : 'cards.write')} pictogram="pencil-paper" value={card.text ?? ''} maxLength={300} onInput={(text) => setCard({ ...card, text })} />
      {card.voiceId ? <VoicePlay mediaId={card.voiceId} /> : null}
      <div class="button-row">
        <VoiceInput hasVoice={Boolean(card.voiceId)} onSaved={(voiceId) => setCard((previous) => ({ ...previous, voiceId }))} />
        <PhotoInput hasPhoto={Boolean(card.photoId)} onSaved={(photoId) => setCard((previous) => ({ ...previous, photoId }))} />
      </div>
      <BigButton type="submit" variant="primary" pictogram="add" label={t('cards.addCard')} />
    </form>
  );
}
