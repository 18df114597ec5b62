import { useState } from 'preact/hooks';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { PictureCard } from '../../../ui/PictureCard';
import { Say } from '../../../ui/Say';
import { Section } from '../../../ui/Section';
import { SpeakButton } from '../../../ui/SpeakButton';
import { TextField } from '../../../ui/TextField';
import { DrawingInput } from '../../shared/drawing/DrawingInput';
import { VoiceInput } from '../../shared/MediaInputs';
import type { Answers } from '../../types';
import { pitchAnswerWrite, pitchStep, questionStep } from '../model';
import { PromptCard } from './PromptCard';
import type { PitchRow } from './usePitch';

interface Props {
  readonly rows: readonly PitchRow[];
  readonly index: number;
  readonly answers: Answers;
  readonly onStep: (step: string | null) => void;
}

/** One question: its hint, the app's suggestion to take, and the answer in words and/or by voice. */
export function QuestionStep({ rows, index, answers, onStep }: Props) {
  const { t, tContent } = useT();
  const row = rows[index];
  if (!row) return null;
  const { question, answer, suggestion } = row;
  const next = rows[index + 1];
  const save = (change: { text?: string; voiceId?: string; drawingId?: string }) => answers.put(pitchAnswerWrite(question.id, answer, change));
  return (
    <div class="stack">
      <p class="step-count">
        <Say text={t('pitch.questionCount', { n: index + 1, total: rows.length })} />
      </p>
      <PictureCard size="large" pictogram={question.pictogram} text={tContent(question.textKey)} speakLabel={t('actions.listen')}>
        <Say text={tContent(question.hintKey)} />
      </PictureCard>
      {suggestion && suggestion !== answer?.text ? (
        <Section title={t('pitch.suggestion')} pictogram="suggestion">
          <div class="board-card" data-card>
            <Say class="card-face__text" text={suggestion} />
            <div class="button-row">
              <SpeakButton label={t('actions.listen')} scope="[data-card]" />
              <BigButton variant="primary" pictogram="suggestion" label={t('pitch.useSuggestion')} onClick={() => void save({ text: suggestion })} />
            </div>
          </div>
        </Section>
      ) : null}
      <Section title={t('pitch.ourAnswer')} pictogram="prompt-card">
        <PromptCard row={row} />
        {/* Another question, or a new saved text (a suggestion taken), starts the field again from it. */}
        <AnswerText key={`${question.id}:${answer?.text ?? ''}`} text={answer?.text ?? ''} onSave={(text) => void save({ text })} />
        <div class="button-row">
          <VoiceInput hasVoice={Boolean(answer?.voiceId)} onSaved={(voiceId) => void save({ voiceId })} />
          <DrawingInput hasDrawing={Boolean(answer?.drawingId)} onSaved={(drawingId) => void save({ drawingId })} />
        </div>
      </Section>
      <div class="button-row">
        {next ? (
          <BigButton variant="primary" pictogram="next" label={t('pitch.nextQuestion')} onClick={() => onStep(questionStep(next.question.id))} />
        ) : (
          <BigButton variant="primary" pictogram="pitch" label={t('pitch.seeWhole')} onClick={() => onStep(pitchStep)} />
        )}
        <BigButton pictogram="previous" label={t('pitch.backToQuestions')} onClick={() => onStep(null)} />
      </div>
    </div>
  );
}

function AnswerText({ text: saved, onSave }: { readonly text: string; readonly onSave: (text: string) => void }) {
  const { t } = useT();
  const [text, setText] = useState(saved);
  return (
    <form
      class="stack"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(text);
      }}
    >
      <TextField name="pitch-answer" label={t('pitch.write')} pictogram="pencil-paper" value={text} maxLength={1000} multiline onInput={setText} />
      <BigButton type="submit" pictogram="save" label={t('pitch.saveAnswer')} />
    </form>
  );
}
