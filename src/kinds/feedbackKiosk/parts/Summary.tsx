import type { FeedbackKioskConfig } from '../../../content/types';
import { useT } from '../../../i18n/useT';
import { Pictogram } from '../../../ui/Pictogram';
import { Say } from '../../../ui/Say';
import { Section } from '../../../ui/Section';
import type { Answers } from '../../types';
import { feedbackSummary, withoutPart, type RemovablePart } from '../model';
import { QuestionResult } from './QuestionResult';

/** What the visitors said: how many had fun (faces), and each question's pictures, words and voice notes. */
export function Summary({ config, answers }: { readonly config: FeedbackKioskConfig; readonly answers: Answers }) {
  const { t, tContent } = useT();
  const summary = feedbackSummary(config, answers.entries);
  const remove = (key: string, questionId: string, part: RemovablePart) => {
    const change = withoutPart(answers.entries, key, questionId, part);
    if (change) void answers.putUndoable([change.write], [change.undo], t('feedbackKiosk.removed'));
  };
  return (
    <Section title={t('feedbackKiosk.summary')} pictogram="results">
      <p class="lead">
        <Say text={t('feedbackKiosk.responses', { count: summary.responses })} />
      </p>
      {summary.responses > 0 ? (
        <>
          <h3 class="section-title">
            <Pictogram id="feedback" size={40} />
            <Say text={tContent(config.funQuestionKey)} />
          </h3>
          <ul class="mood-summary">
            <li class="mood-summary__row" data-card>
              <Pictogram id="feel-fun" size={56} />
              <Say class="mood-summary__label" text={t('feedbackKiosk.count', { answer: t('feedbackKiosk.yes'), count: summary.fun.yes })} />
            </li>
            <li class="mood-summary__row" data-card>
              <Pictogram id="not-fun" size={56} />
              <Say class="mood-summary__label" text={t('feedbackKiosk.count', { answer: t('feedbackKiosk.no'), count: summary.fun.no })} />
            </li>
          </ul>
          {summary.questions.map((result) => (
            <QuestionResult key={result.question.id} result={result} onRemove={(key, part) => remove(key, result.question.id, part)} />
          ))}
        </>
      ) : null}
    </Section>
  );
}
