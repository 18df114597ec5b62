import type { CanvasSection } from '../../../content/types';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { RemoveButton } from '../../../ui/RemoveButton';
import { Pictogram } from '../../../ui/Pictogram';
import { Say } from '../../../ui/Say';
import { SpeakButton } from '../../../ui/SpeakButton';
import { VoicePlay } from '../../shared/MediaInputs';
import type { Answers } from '../../types';
import { toggleMissingWrite, type CanvasCard } from '../model';

/** A card's words (or the picture card it was tapped in from), its voice, and its "still missing" mark. */
export function cardText(card: CanvasCard, section: CanvasSection, tContent: (key: string) => string): string {
  const suggestion = section.suggestions?.find((s) => s.id === card.suggestionId);
  return card.text ?? (suggestion ? tContent(suggestion.textKey) : '');
}

/** "Still missing", on a card of the plan. */
export function MissingBadge() {
  const { t } = useT();
  return (
    <span class="badge">
      <Pictogram id="missing" size={24} />
      <Say text={t('kinds.canvas.missing')} />
    </span>
  );
}

interface Props {
  readonly card: CanvasCard;
  readonly section: CanvasSection;
  readonly canMarkMissing: boolean;
  readonly answers: Answers;
}

export function CanvasCardView({ card, section, canMarkMissing, answers }: Props) {
  const { t, tContent } = useT();
  const text = cardText(card, section, tContent);
  return (
    <div class={card.missing ? 'board-card is-missing' : 'board-card'} data-card>
      {card.missing ? <MissingBadge /> : null}
      {text ? <Say class="card-face__text" text={text} /> : null}
      {card.voiceId ? <VoicePlay mediaId={card.voiceId} /> : null}
      <div class="button-row">
        <SpeakButton label={t('actions.listen')} scope="[data-card]" />
        {canMarkMissing ? (
          <BigButton pictogram="missing" label={t('kinds.canvas.markMissing')} pressed={Boolean(card.missing)} onClick={() => void answers.put(toggleMissingWrite(card))}>
            <span class="visually-hidden"> {text}</span>
          </BigButton>
        ) : null}
        <RemoveButton label={t('actions.remove')} onClick={() => void answers.remove('card', card.key, t('cards.removed'))}>
          <span class="visually-hidden"> {text}</span>
        </RemoveButton>
      </div>
    </div>
  );
}
