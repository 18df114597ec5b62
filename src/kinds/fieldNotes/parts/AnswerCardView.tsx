import type { FieldNotesQuestion } from '../../../content/types';
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
  readonly questions: readonly FieldNotesQuestion[];
  readonly onRemove: () => void;
}

/** One person's answers: the picture chosen, the words and the voice note for each question. */
export function AnswerCardView({ card, number, questions, onRemove }: Props) {
  const { t, tContent } = useT();
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
              {(q.choices ?? [])
                .filter((choice) => reply.choices?.includes(choice.id))
                .map((choice) => (
                  <span key={choice.id} class="reply__choice">
                    <Pictogram id={choice.pictogram} size={32} />
                    <Say text={tContent(choice.textKey)} />
                  </span>
                ))}
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
