import type { KindViewProps } from '../types';
import { askStep, answerStep, pairDoneStep, pitchStep, questionStep } from './model';
import { Overview } from './parts/Overview';
import { PairDone, PairPractice } from './parts/PairPractice';
import { QuestionStep } from './parts/QuestionStep';
import { usePitch } from './parts/usePitch';
import { WholePitch } from './parts/WholePitch';

/**
 * Steps in the address: none (the questions), "question-<id>", "pitch" (the whole pitch),
 * "ask-<id>" / "answer-<id>" (the pair practice) and "pair-done".
 */
export function View(props: KindViewProps<'pitchBuilder'>) {
  const { step, onStep, answers, exercise, links } = props;
  const rows = usePitch(props);
  const at = (stepOf: (id: string) => string) => rows.findIndex((r) => stepOf(r.question.id) === step);
  if (step === pitchStep) return <WholePitch rows={rows} onStep={onStep} slideshowHref={links.slideshow?.(pitchStep)} />;
  if (step === pairDoneStep) return <PairDone endKey={exercise.config.endKey} firstId={rows[0]?.question.id} onStep={onStep} />;
  const question = at(questionStep);
  if (question >= 0) return <QuestionStep rows={rows} index={question} answers={answers} onStep={onStep} />;
  const ask = at(askStep);
  if (ask >= 0) return <PairPractice rows={rows} index={ask} turn="ask" onStep={onStep} />;
  const answer = at(answerStep);
  if (answer >= 0) return <PairPractice rows={rows} index={answer} turn="answer" onStep={onStep} />;
  return <Overview {...props} rows={rows} />;
}
