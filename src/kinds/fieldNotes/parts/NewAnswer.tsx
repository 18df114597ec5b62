import { useRef } from 'preact/hooks';
import type { FieldNotesQuestion } from '../../../content/types';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { PictureCard } from '../../../ui/PictureCard';
import { Say } from '../../../ui/Say';
import { TextField } from '../../../ui/TextField';
import { useDraft } from '../../../ui/useDraft';
import { VoiceInput, VoicePlay } from '../../shared/MediaInputs';
import { QuestionNav } from '../../shared/QuestionNav';
import { useQuestionSteps } from '../../shared/useQuestionSteps';
import { repliesSchema, toggleChoice, type Reply } from '../model';

interface Props {
  readonly questions: readonly FieldNotesQuestion[];
  readonly onSave: (replies: Readonly<Record<string, Reply>>) => Promise<void>;
  readonly onCancel: () => void;
  /** Keeps the half-written answer and its question through a reload (see ui/useDraft). */
  readonly draftKey: string;
}

/**
 * A person's answers, one question per screen: the question (tap to hear), picture choices if the
 * question has them, a voice recording or a few written words, "Seuraava" / "Edellinen" (a question can be left empty), and on the last
 * question "Tallenna vastaus".
 */
export function NewAnswer({ questions, onSave, onCancel, draftKey }: Props) {
  const { t, tContent } = useT();
  const [replies, setReplies, clearReplies] = useDraft<Record<string, Reply>>(`${draftKey}/new`, repliesSchema, {});
  const { step, isLast, go, clearStep, formRef, questionRef } = useQuestionSteps(`${draftKey}/new`, questions.length);
  const question = questions[step];
  // A quick double tap on "Tallenna vastaus" saves one answer: the second waits for the first.
  const savingRef = useRef(false);
  const change = (id: string, patch: Reply) => setReplies((previous) => ({ ...previous, [id]: { ...previous[id], ...patch } }));
  const forget = () => {
    clearReplies();
    clearStep();
  };
  const reply = question ? replies[question.id] : undefined;
  return (
    <form
      ref={formRef}
      class="stack answer-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!isLast) {
          go(step + 1);
          return;
        }
        if (savingRef.current) return;
        savingRef.current = true;
        void onSave(replies)
          .then(forget)
          .finally(() => {
            savingRef.current = false;
          });
      }}
    >
      {questions.length > 1 ? <Say class="card-form__progress" text={t('cards.form.progress', { n: step + 1, total: questions.length })} /> : null}
      {question ? (
        <fieldset
          key={question.id}
          class="stack answer-question"
          ref={(el) => {
            questionRef.current = el?.querySelector('.picture-card') ?? null;
          }}
        >
          <legend class="visually-hidden">{tContent(question.textKey)}</legend>
          <PictureCard pictogram={question.pictogram} text={tContent(question.textKey)} speakLabel={t('actions.listen')} />
          {question.choices ? (
            <div class="picture-choices">
              {question.choices.map((choice) => (
                <BigButton
                  key={choice.id}
                  layout="tile"
                  pictogram={choice.pictogram}
                  label={tContent(choice.textKey)}
                  pressed={reply?.choices?.includes(choice.id) ?? false}
                  onClick={() => setReplies((previous) => ({ ...previous, [question.id]: toggleChoice(previous[question.id], choice.id) }))}
                />
              ))}
            </div>
          ) : null}
          <div class="button-row">
            <VoiceInput hasVoice={Boolean(reply?.voiceId)} onSaved={(voiceId) => change(question.id, { voiceId })} />
            {reply?.voiceId ? <VoicePlay mediaId={reply.voiceId} /> : null}
          </div>
          <TextField
            name={`reply-${question.id}`}
            label={t('kinds.fieldNotes.write')}
            pictogram="pencil-paper"
            value={reply?.text ?? ''}
            maxLength={1000}
            onInput={(text) => change(question.id, { text })}
          />
        </fieldset>
      ) : null}
      <QuestionNav step={step} isLast={isLast} go={go} finish={{ label: t('kinds.fieldNotes.saveAnswer'), pictogram: 'save' }}>
        <BigButton
          key="cancel"
          pictogram="close"
          label={t('actions.cancel')}
          onClick={() => {
            forget();
            onCancel();
          }}
        />
      </QuestionNav>
    </form>
  );
}
