import type { PictureText } from '../../../content/types';
import { useT } from '../../../i18n/useT';
import { RemoveButton } from '../../../ui/RemoveButton';
import { Pictogram } from '../../../ui/Pictogram';
import { Say } from '../../../ui/Say';
import { SpeakButton } from '../../../ui/SpeakButton';
import { VoicePlay } from '../../shared/MediaInputs';
import type { AnswerCard } from '../model';

interface Props {
  readonly card: AnswerCard;
  readonly number: number;
  readonly questions: readonly PictureText[];
  readonly onRemove: () => void;
}

/** One passer-by's answers. */
export function AnswerCardView({ card, number, questions, onRemove }: Props) {
  const { t } = useT();
  const title = t('kinds.fieldNotes.answerNumber', { n: number });
  return (
    <article class="story-card" data-card aria-label={title}>
      <h3 class="section-title">
        <Say text={title} />
      </h3>
      {questions.map((q) => {
        const reply = card.replies[q.id];
        if (!reply) return null;
        return (
          <div key={q.id} class="reply">
            <Pictogram id={q.pictogram} size={40} />
            <div class="stack">
              {reply.text ? <Say text={reply.text} /> : null}
              {reply.voiceId ? <VoicePlay mediaId={reply.voiceId} /> : null}
            </div>
          </div>
        );
      })}
      <div class="button-row">
        <SpeakButton label={t('actions.listen')} scope="[data-card]" />
        <RemoveButton label={t('actions.remove')} onClick={onRemove}>
          <span class="visually-hidden"> {title}</span>
        </RemoveButton>
      </div>
    </article>
  );
}
