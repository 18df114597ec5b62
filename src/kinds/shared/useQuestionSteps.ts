import type { RefObject } from 'preact';
import { useContext, useLayoutEffect, useRef } from 'preact/hooks';
import * as v from 'valibot';
import { SpeechContext } from '../../ui/speechPort';
import { useDraft } from '../../ui/useDraft';

const stepSchema = v.pipe(v.number(), v.integer(), v.minValue(0));

export interface QuestionSteps {
  /** The question on screen (0-based), kept through a reload. */
  readonly step: number;
  readonly isLast: boolean;
  /** Moves to another question: the form comes into view and the new question is read. */
  readonly go: (to: number) => void;
  /** Back to the first question, the draft forgotten (after saving or cancelling). */
  readonly clearStep: () => void;
  readonly formRef: RefObject<HTMLFormElement | null>;
  /** The element read aloud when a question opens. */
  readonly questionRef: RefObject<HTMLElement | null>;
}

/** A form that asks one question per screen (a new card, a passer-by's answer). */
export function useQuestionSteps(draftKey: string, total: number): QuestionSteps {
  const speech = useContext(SpeechContext);
  const [savedStep, setStep, clearStep] = useDraft<number>(`${draftKey}/step`, stepSchema, 0);
  const step = Math.min(savedStep, Math.max(0, total - 1));
  const formRef = useRef<HTMLFormElement | null>(null);
  const questionRef = useRef<HTMLElement | null>(null);
  const hasMovedRef = useRef(false);
  // A new question: bring the form into view and read the question (as a turn's question is read).
  useLayoutEffect(() => {
    if (!hasMovedRef.current) return;
    hasMovedRef.current = false;
    formRef.current?.scrollIntoView?.({ block: 'start' });
    if (questionRef.current) speech.sayTurn(questionRef.current);
  }, [step, speech]);
  const go = (to: number) => {
    hasMovedRef.current = true;
    setStep(Math.max(0, Math.min(to, total - 1)));
  };
  return { step, isLast: step >= total - 1, go, clearStep, formRef, questionRef };
}
