import { useRef, useState } from 'preact/hooks';
import type { FeedbackKioskConfig } from '../../../content/types';
import { useT } from '../../../i18n/useT';
import type { Answers } from '../../types';
import { emptyResponse, hasContent, responseOf, responseWrite, withFun, withReply, type FeedbackResponse } from '../model';
import { newVisitorStep, questionStep, thanksStep } from '../steps';
import { FunQuestion } from './FunQuestion';
import { OpenQuestion } from './OpenQuestion';

interface Props {
  readonly config: FeedbackKioskConfig;
  readonly responseKey: string;
  /** 0: "Did you have fun?"; 1…: the open questions. */
  readonly index: number;
  readonly answers: Answers;
  readonly onStep: (step: string | null) => void;
}

/**
 * One visitor's answers. The response is kept here and saved whole after every change, so quick taps
 * never overwrite each other and a visitor who walks away leaves what they already said.
 */
export function Visitor({ config, responseKey, index, answers, onStep }: Props) {
  const { tContent } = useT();
  // After a reload the visitor's answers so far come back from the saved response.
  const [response, setResponse] = useState<FeedbackResponse>(() => responseOf(answers.entries, responseKey) ?? emptyResponse());
  const latestRef = useRef(response);
  const update = (change: (response: FeedbackResponse) => FeedbackResponse) => {
    const next = change(latestRef.current);
    latestRef.current = next;
    setResponse(next);
    void answers.put(responseWrite(responseKey, next));
  };
  const go = (to: number) => onStep(questionStep(to, responseKey));
  const onNewVisitor = () => onStep(newVisitorStep());
  const hasAnswers = hasContent(response);

  const question = config.questions[index - 1];
  if (!question) {
    return (
      <FunQuestion
        question={tContent(config.funQuestionKey)}
        fun={response.fun}
        onAnswer={(fun) => update((r) => withFun(r, fun))}
        onNext={() => go(1)}
        onNewVisitor={onNewVisitor}
        hasAnswers={hasAnswers}
      />
    );
  }
  const isLast = index === config.questions.length;
  return (
    <OpenQuestion
      key={question.id}
      question={question}
      number={index + 1}
      total={config.questions.length + 1}
      reply={response.replies[question.id]}
      isLast={isLast}
      onChange={(change) => update((r) => withReply(r, question.id, change(r.replies[question.id])))}
      onNext={() => (isLast ? onStep(thanksStep) : go(index + 1))}
      onPrevious={() => go(index - 1)}
      onNewVisitor={onNewVisitor}
      hasAnswers={hasAnswers}
    />
  );
}
