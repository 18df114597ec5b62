import { useT } from '../../../i18n/useT';
import { Pictogram } from '../../../ui/Pictogram';
import { RemoveButton } from '../../../ui/RemoveButton';
import { Say } from '../../../ui/Say';
import { SpeakButton } from '../../../ui/SpeakButton';
import { DrawingImage } from '../../shared/drawing/DrawingInput';
import { VoicePlay } from '../../shared/MediaInputs';
import type { QuestionSummary, RemovablePart } from '../model';

interface Props {
  readonly result: QuestionSummary;
  /** A support person removes one visitor's words, voice note or drawing (with undo). */
  readonly onRemove: (responseKey: string, part: RemovablePart) => void;
}

/** One question's answers: the pictures tapped (most first), the words written, the voice notes, the drawings. */
export function QuestionResult({ result, onRemove }: Props) {
  const { t, tContent } = useT();
  const { question, choices, texts, voices, drawings } = result;
  const isEmpty = choices.length === 0 && texts.length === 0 && voices.length === 0 && drawings.length === 0;
  return (
    <div class="stack feedback-result">
      <h3 class="section-title">
        <Pictogram id={question.pictogram} size={40} />
        <Say text={tContent(question.textKey)} />
      </h3>
      {isEmpty ? (
        <p>
          <Say text={t('feedbackKiosk.nothing')} />
        </p>
      ) : null}
      {choices.length > 0 ? (
        <ul class="mood-summary">
          {choices.map(({ choice, count }) => (
            <li key={choice.id} class="mood-summary__row" data-card>
              <Pictogram id={choice.pictogram} size={56} />
              <Say class="mood-summary__label" text={t('feedbackKiosk.count', { answer: tContent(choice.textKey), count })} />
            </li>
          ))}
        </ul>
      ) : null}
      {texts.length > 0 ? (
        <ul class="story-list" aria-label={t('feedbackKiosk.words')}>
          {texts.map(({ key, text }) => (
            <li key={key} class="story-card" data-card>
              <Say class="story-card__text" text={text} />
              <div class="button-row">
                <SpeakButton label={t('actions.listen')} scope="[data-card]" />
                <RemoveButton label={t('actions.remove')} onClick={() => onRemove(key, 'text')}>
                  <span class="visually-hidden"> {text}</span>
                </RemoveButton>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {voices.length > 0 ? (
        <ul class="story-list" aria-label={t('feedbackKiosk.voices')}>
          {voices.map(({ key, voiceId }, i) => (
            <li key={key} class="story-card" data-card>
              <Say text={t('feedbackKiosk.voiceNumber', { n: i + 1 })} />
              <div class="button-row">
                <VoicePlay mediaId={voiceId} />
                <RemoveButton label={t('actions.remove')} onClick={() => onRemove(key, 'voiceId')}>
                  <span class="visually-hidden"> {t('feedbackKiosk.voiceNumber', { n: i + 1 })}</span>
                </RemoveButton>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {drawings.length > 0 ? (
        <ul class="story-list" aria-label={t('feedbackKiosk.drawings')}>
          {drawings.map(({ key, drawingId }, i) => (
            <li key={key} class="story-card" data-card>
              <DrawingImage mediaId={drawingId} />
              <div class="button-row">
                <RemoveButton label={t('actions.remove')} onClick={() => onRemove(key, 'drawingId')}>
                  <span class="visually-hidden"> {t('feedbackKiosk.drawingNumber', { n: i + 1 })}</span>
                </RemoveButton>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
