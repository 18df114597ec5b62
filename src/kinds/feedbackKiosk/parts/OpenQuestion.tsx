import { useEffect, useRef, useState } from 'preact/hooks';
import type { FeedbackQuestion } from '../../../content/types';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { PictureCard } from '../../../ui/PictureCard';
import { Say } from '../../../ui/Say';
import { TextField } from '../../../ui/TextField';
import { DrawingImage, DrawingInput } from '../../shared/drawing/DrawingInput';
import { VoiceInput, VoicePlay } from '../../shared/MediaInputs';
import { hasAnswer, toggledChoices, type Reply, type ReplyChange } from '../model';

interface Props {
  readonly question: FeedbackQuestion;
  readonly number: number;
  readonly total: number;
  readonly reply: Reply | undefined;
  readonly isLast: boolean;
  /** Changes the reply; the change is made from the latest reply, so quick taps add up. */
  readonly onChange: (change: (reply: Reply | undefined) => ReplyChange) => void;
  readonly onNext: () => void;
  readonly onPrevious: () => void;
  readonly onNewVisitor: () => void;
  /** The visitor has answered something before this question. */
  readonly hasAnswers: boolean;
}

/** Writing is saved a moment after the visitor stops typing (and when they leave the question). */
const textSaveDelayMs = 800;

/** An open question: tap pictures (any number), record a voice note, draw, or write; or go on without. */
export function OpenQuestion({ question, number, total, reply, isLast, onChange, onNext, onPrevious, onNewVisitor, hasAnswers }: Props) {
  const { t, tContent } = useT();
  const [text, setText] = useState(reply?.text ?? '');
  const unsavedRef = useRef<string | null>(null);
  const saveText = () => {
    const value = unsavedRef.current;
    if (value === null) return;
    unsavedRef.current = null;
    onChange(() => ({ text: value.trim() || undefined }));
  };
  // Only typing restarts the wait; saveText reads the newest text from the ref when it runs.
  useEffect(() => {
    if (unsavedRef.current === null) return;
    const timer = setTimeout(saveText, textSaveDelayMs);
    return () => clearTimeout(timer);
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);
  // Leaving the question (next, back, the kiosk closing) keeps what was written. The question and
  // the response stay the same while this part is shown, so the first render's saveText is right.
  // oxlint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => saveText, []);
  const leave = (to: () => void) => () => {
    saveText();
    to();
  };
  const isAnswered = hasAnswer({ ...reply, text });
  const questionText = tContent(question.textKey);

  return (
    <div class="stack">
      <p class="step-count">
        <Say text={t('feedbackKiosk.progress', { n: number, total })} />
      </p>
      <PictureCard size="large" pictogram={question.pictogram} text={questionText} speakLabel={t('actions.listen')} />
      <p class="lead">
        <Say text={t('feedbackKiosk.howToAnswer')} />
      </p>
      <div class="picture-choices" role="group" aria-label={questionText}>
        {question.choices.map((choice) => (
          <BigButton
            key={choice.id}
            layout="tile"
            pictogram={choice.pictogram}
            label={tContent(choice.textKey)}
            pressed={reply?.choices?.includes(choice.id) ?? false}
            onClick={() => onChange((latest) => ({ choices: toggledChoices(latest, choice.id) }))}
          />
        ))}
      </div>
      <div class="button-row">
        {reply?.voiceId ? <VoicePlay mediaId={reply.voiceId} /> : null}
        <VoiceInput hasVoice={Boolean(reply?.voiceId)} onSaved={(voiceId) => onChange(() => ({ voiceId }))} />
        <DrawingInput hasDrawing={Boolean(reply?.drawingId)} onSaved={(drawingId) => onChange(() => ({ drawingId }))} />
      </div>
      {reply?.drawingId ? <DrawingImage mediaId={reply.drawingId} /> : null}
      <TextField
        name={`feedback-${question.id}`}
        label={t('feedbackKiosk.write')}
        pictogram="pencil-paper"
        value={text}
        maxLength={1000}
        multiline
        onInput={(value) => {
          unsavedRef.current = value;
          setText(value);
        }}
      />
      <div class="button-row">
        <BigButton
          variant="primary"
          pictogram={isLast ? 'done' : 'next'}
          label={t(isLast ? 'feedbackKiosk.done' : isAnswered ? 'feedbackKiosk.next' : 'feedbackKiosk.skip')}
          onClick={leave(onNext)}
        />
        <BigButton variant="quiet" pictogram="previous" label={t('feedbackKiosk.previous')} onClick={leave(onPrevious)} />
        {hasAnswers || isAnswered ? <BigButton variant="quiet" pictogram="new-answer" label={t('feedbackKiosk.newVisitor')} onClick={leave(onNewVisitor)} /> : null}
      </div>
    </div>
  );
}
