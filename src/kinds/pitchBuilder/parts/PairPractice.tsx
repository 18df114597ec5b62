import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { PictureCard } from '../../../ui/PictureCard';
import { Pictogram } from '../../../ui/Pictogram';
import { Say } from '../../../ui/Say';
import { askStep, answerStep, pairDoneStep } from '../model';
import { PromptCard } from './PromptCard';
import type { PitchRow } from './usePitch';

interface Props {
  readonly rows: readonly PitchRow[];
  readonly index: number;
  /** The asker's screen (the question) or the answerer's (the prompt card). */
  readonly turn: 'ask' | 'answer';
  readonly onStep: (step: string | null) => void;
}

/** Pair practice: one asks each question (read aloud), the other answers from the prompt card. */
export function PairPractice({ rows, index, turn, onStep }: Props) {
  const { t, tContent } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  // A new turn is a new screen: keyboard and screen-reader users start from its title.
  useEffect(() => heading.current?.focus(), [index, turn]);
  const row = rows[index];
  if (!row) return null;
  const next = rows[index + 1];
  return (
    <div class="stack">
      <p class="step-count">
        <Say text={t('pitch.questionCount', { n: index + 1, total: rows.length })} />
      </p>
      <h2 class="section-title section-title--big" tabIndex={-1} ref={heading}>
        <Pictogram id={turn === 'ask' ? 'question' : 'prompt-card'} size={48} />
        <Say text={t(turn === 'ask' ? 'pitch.askerTurn' : 'pitch.answererTurn')} />
      </h2>
      <p class="lead">
        <Say text={t(turn === 'ask' ? 'pitch.askerDoes' : 'pitch.answererDoes')} />
      </p>
      {turn === 'ask' ? (
        <>
          <PictureCard size="large" pictogram={row.question.pictogram} text={tContent(row.question.textKey)} speakLabel={t('pitch.listenQuestion')} />
          <BigButton variant="primary" pictogram="next" label={t('pitch.toAnswerer')} onClick={() => onStep(answerStep(row.question.id))} />
        </>
      ) : (
        <>
          <PromptCard row={row} />
          {next ? (
            <BigButton variant="primary" pictogram="next" label={t('pitch.nextQuestion')} onClick={() => onStep(askStep(next.question.id))} />
          ) : (
            <BigButton variant="primary" pictogram="done" label={t('actions.ready')} onClick={() => onStep(pairDoneStep)} />
          )}
        </>
      )}
      <BigButton pictogram="previous" label={t('pitch.stopPractice')} onClick={() => onStep(null)} />
    </div>
  );
}

/** The end of the practice: ask for help and thank; practise again or go back. */
export function PairDone({ endKey, firstId, onStep }: { readonly endKey: string; readonly firstId: string | undefined; readonly onStep: (step: string | null) => void }) {
  const { t, tContent } = useT();
  return (
    <div class="stack">
      <PictureCard size="large" pictogram="thanks" text={tContent(endKey)} speakLabel={t('actions.listen')} />
      <div class="button-row">
        {firstId ? <BigButton pictogram="pair-practice" label={t('pitch.practiseAgain')} onClick={() => onStep(askStep(firstId))} /> : null}
        <BigButton variant="primary" pictogram="previous" label={t('pitch.backToQuestions')} onClick={() => onStep(null)} />
      </div>
    </div>
  );
}
