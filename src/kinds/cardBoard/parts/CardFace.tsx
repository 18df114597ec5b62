import type { CardField } from '../../../content/types';
import { useT } from '../../../i18n/useT';
import { MediaImage } from '../../../ui/MediaImage';
import { Pictogram } from '../../../ui/Pictogram';
import { Say } from '../../../ui/Say';
import { DrawingImage } from '../../shared/drawing/DrawingInput';
import { VoicePlay } from '../../shared/MediaInputs';
import type { NewCard } from '../cards';
import { cardRows } from '../cardWords';

interface Props {
  readonly card: NewCard;
  readonly fields: readonly CardField[];
  readonly isFromEarlier?: boolean;
  /** The card being made (the form's preview): a voice note shows as a picture, played in the form. */
  readonly isPreview?: boolean;
}

/** What a card shows: its answers (pictures and own words), drawing, words, photo and voice. */
export function CardFace({ card, fields, isFromEarlier = false, isPreview = false }: Props) {
  const { t, tContent } = useT();
  const answers = cardRows(card, fields);
  const voice = (mediaId: string) =>
    isPreview ? (
      <span class="card-face__voice">
        <Pictogram id="record" size={32} />
        <Say text={t('cards.form.voice')} />
      </span>
    ) : (
      <VoicePlay mediaId={mediaId} />
    );
  return (
    <div class="card-face">
      {isFromEarlier ? (
        <span class="badge">
          <Pictogram id="from-earlier" size={24} />
          <Say text={t('cards.fromEarlier')} />
        </span>
      ) : null}
      {answers.length > 0 ? (
        <ul class="card-face__answers">
          {answers.map(({ field, choice, words, voiceId }) => (
            <li key={field.id} class="card-face__answer">
              <Pictogram id={choice?.pictogram ?? field.pictogram} size={48} />
              {choice ? <Say text={tContent(choice.textKey)} /> : null}
              {words ? <Say text={words} /> : null}
              {voiceId ? voice(voiceId) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {card.drawingId ? <DrawingImage mediaId={card.drawingId} /> : null}
      {card.photoId ? <MediaImage mediaId={card.photoId} alt={card.text ?? t('cards.photo')} /> : null}
      {card.text ? <Say class="card-face__text" text={card.text} /> : null}
      {card.voiceId ? voice(card.voiceId) : null}
    </div>
  );
}
