import type { KindViewProps } from '../types';
import { AllAnswers } from './parts/AllAnswers';
import { Overview } from './parts/Overview';
import { QuestionStep } from './parts/QuestionStep';
import { TogetherStep } from './parts/TogetherStep';

/**
 * The questions (step null), one question's turns (step "<questionId>"), the group's view of its
 * answers (step "<questionId>-together") and every answer (step "all").
 */
export function View(props: KindViewProps<'questionRound'>) {
  const { step, exercise } = props;
  if (step === 'all') return <AllAnswers {...props} />;
  const { questions } = exercise.config;
  const index = questions.findIndex((q) => step === q.id || step === `${q.id}-together`);
  const question = questions[index];
  if (!question) return <Overview {...props} />;
  const Step = step === question.id ? QuestionStep : TogetherStep;
  return <Step key={step} {...props} question={question} index={index} />;
}
