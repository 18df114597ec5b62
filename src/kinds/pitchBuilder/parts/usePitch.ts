import type { PitchQuestion } from '../../../content/types';
import { useT } from '../../../i18n/useT';
import type { KindViewProps } from '../../types';
import { pitchAnswers, type PitchAnswer } from '../model';
import { pitchFacts, suggestedAnswer, type Phrasing } from '../suggestions';

export interface PitchRow {
  readonly question: PitchQuestion;
  readonly answer: PitchAnswer | undefined;
  /** What the app suggests from the goal, the plan or the members, or null. */
  readonly suggestion: string | null;
}

/** The questions with their saved answers and suggestions, in the current language. */
export function usePitch({ exercise, members, answers, sources }: KindViewProps<'pitchBuilder'>): readonly PitchRow[] {
  const { t, tContent, language } = useT();
  const phrasing: Phrasing = {
    sentence: (key, value) => t(key, { value }),
    content: tContent,
    list: (items) => new Intl.ListFormat(language, { type: 'conjunction' }).format(items),
  };
  const facts = pitchFacts(
    members.map((m) => m.name),
    sources,
  );
  const saved = pitchAnswers(answers.entries);
  return exercise.config.questions.map((question) => ({
    question,
    answer: saved.get(question.id),
    suggestion: suggestedAnswer(question.suggestion, facts, phrasing),
  }));
}
