import { useContext, useRef } from 'preact/hooks';
import type { CardBoardArea, CardField } from '../../../content/types';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { Pictogram } from '../../../ui/Pictogram';
import { Say } from '../../../ui/Say';
import { SpeakButton } from '../../../ui/SpeakButton';
import { SpeechContext } from '../../../ui/speechPort';
import { TextField } from '../../../ui/TextField';
import { useDraft } from '../../../ui/useDraft';
import { DrawingInput } from '../../shared/drawing/DrawingInput';
import { PhotoInput, VoiceInput, VoicePlay } from '../../shared/MediaInputs';
import { QuestionNav } from '../../shared/QuestionNav';
import { useQuestionSteps } from '../../shared/useQuestionSteps';
import { fieldTextMaxLength, hasContent, newCardSchema, tidyCard, type NewCard } from '../cards';
import { CardFace } from './CardFace';

interface Props {
  readonly area: CardBoardArea;
  readonly fields: readonly CardField[];
  /** Saves the card; the form takes no new card until the promise settles (a double tap makes one card). */
  readonly onAdd: (card: NewCard) => Promise<void> | void;
  /** Keeps the half-made card and its step through a reload (see ui/useDraft). */
  readonly draftKey: string;
}

/**
 * A new card, one question per screen: the question with its picture (tap to hear), its picture
 * choices, own words or a voice note; "Seuraava" / "Edellinen" (a question can be skipped) and, on
 * the last screen, own words, a voice note, a photo or a drawing for the whole card and "Lisää kortti". A
 * preview of the card shows the answers so far. A board with no questions has only that last screen.
 */
export function CardForm({ area, fields, onAdd, draftKey }: Props) {
  const { t, tContent } = useT();
  const speech = useContext(SpeechContext);
  const key = `${draftKey}/${area.id}`;
  const [card, setCard, clearCard] = useDraft<NewCard>(key, newCardSchema, { areaId: area.id });
  const total = fields.length + 1;
  const { step, isLast, go, clearStep, formRef, questionRef } = useQuestionSteps(key, total);
  const field = fields[step];
  const savingRef = useRef(false);

  const choose = (fieldId: string, choiceId: string) =>
    setCard((previous) => {
      const choices = { ...previous.choices };
      if (choices[fieldId] === choiceId) delete choices[fieldId];
      else choices[fieldId] = choiceId;
      return { ...previous, choices };
    });
  const write = (fieldId: string, words: string) => setCard((previous) => ({ ...previous, fieldTexts: { ...previous.fieldTexts, [fieldId]: words } }));
  const add = async () => {
    if (savingRef.current || !hasContent(card)) return;
    savingRef.current = true;
    const saved = onAdd(tidyCard(card));
    clearCard();
    clearStep();
    try {
      await saved;
    } finally {
      savingRef.current = false;
    }
  };
  const questionId = `card-question-${area.id}-${field?.id ?? 'more'}`;
  const questionText = field ? tContent(field.questionKey) : fields.length > 0 ? t('cards.form.more') : null;

  return (
    <form
      ref={formRef}
      class={`card-form${fields.length > 0 ? ' card-form--steps' : ''}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (isLast) void add();
        else go(step + 1);
      }}
    >
      {fields.length > 0 ? (
        // Tapping the preview reads it; keyboard users have its speaker button.
        // oxlint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
        <aside
          class="card-form__preview"
          aria-label={t('cards.form.preview')}
          data-card
          onClick={(event) => {
            if ((event.target as Element).closest('button, a, input, label')) return;
            speech.readAloud(event.currentTarget);
          }}
        >
          <p class="card-form__preview-title">
            <Pictogram id={area.pictogram} size={32} />
            <span class="card-form__preview-label">
              <Say text={t('cards.form.preview')} />
            </span>
          </p>
          {hasContent(card) ? <CardFace card={tidyCard(card)} fields={fields} isPreview /> : <Say class="card-form__empty" text={t('cards.form.empty')} />}
          <SpeakButton label={t('actions.listen')} scope="[data-card]" />
        </aside>
      ) : null}
      <div class="card-form__step stack" {...(questionText ? { role: 'group', 'aria-labelledby': questionId } : {})}>
        {fields.length > 0 ? <Say class="card-form__progress" text={t('cards.form.progress', { n: step + 1, total })} /> : null}
        {questionText ? (
          // Tapping the question reads it; keyboard users have its speaker button.
          // oxlint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions
          <div
            class="card-form__question"
            ref={(el) => {
              questionRef.current = el;
            }}
            onClick={(event) => {
              if ((event.target as Element).closest('button')) return;
              speech.readAloud(event.currentTarget);
            }}
          >
            <Pictogram id={field?.pictogram ?? 'pencil-paper'} size={56} />
            <h3 id={questionId} class="card-form__question-text">
              <Say text={questionText} />
            </h3>
            <SpeakButton label={t('actions.listen')} scope=".card-form__question" />
          </div>
        ) : null}
        {field ? (
          <>
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
            <div class="card-form__own">
              <TextField
                name={`card-${area.id}-${field.id}`}
                label={t('cards.fieldWords')}
                pictogram="pencil-paper"
                value={card.fieldTexts?.[field.id] ?? ''}
                maxLength={fieldTextMaxLength}
                onInput={(words) => write(field.id, words)}
              />
              <div class="button-row">
                <VoiceInput
                  hasVoice={Boolean(card.fieldVoices?.[field.id])}
                  onSaved={(voiceId) => setCard((previous) => ({ ...previous, fieldVoices: { ...previous.fieldVoices, [field.id]: voiceId } }))}
                />
                {card.fieldVoices?.[field.id] ? <VoicePlay mediaId={card.fieldVoices[field.id]!} /> : null}
              </div>
            </div>
          </>
        ) : (
          <>
            <TextField
              name={`card-text-${area.id}`}
              label={t(fields.length > 0 ? 'cards.ownWords' : 'cards.write')}
              pictogram="pencil-paper"
              value={card.text ?? ''}
              maxLength={300}
              onInput={(text) => setCard((previous) => ({ ...previous, text }))}
            />
            <div class="button-row">
              <VoiceInput hasVoice={Boolean(card.voiceId)} onSaved={(voiceId) => setCard((previous) => ({ ...previous, voiceId }))} />
              {card.voiceId ? <VoicePlay mediaId={card.voiceId} /> : null}
              <PhotoInput hasPhoto={Boolean(card.photoId)} onSaved={(photoId) => setCard((previous) => ({ ...previous, photoId }))} />
              <DrawingInput hasDrawing={Boolean(card.drawingId)} onSaved={(drawingId) => setCard((previous) => ({ ...previous, drawingId }))} />
            </div>
          </>
        )}
      </div>
      <QuestionNav step={step} isLast={isLast} go={go} finish={{ label: t('cards.addCard'), pictogram: 'add' }} />
    </form>
  );
}
