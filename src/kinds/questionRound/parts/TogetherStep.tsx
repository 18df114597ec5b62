import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { Notice } from '../../../ui/Notice';
import { PictureCard } from '../../../ui/PictureCard';
import { Say } from '../../../ui/Say';
import { answersTo } from '../model';
import { AnswerCard } from './AnswerCard';
import type { QuestionProps } from './QuestionStep';

/** The group looks at one question's answers together and talks about them. */
export function TogetherStep({ exercise, members, answers, question, index, onStep }: QuestionProps) {
  const { t, tContent } = useT();
  const { questions } = exercise.config;
  const list = answersTo(answers.entries, question.id, members);
  const next = questions[index + 1];
  return (
    <div class="stack">
      <p class="step-count">
        <Say text={t('kinds.questionRound.progress', { n: index + 1, total: questions.length })} />
      </p>
      <PictureCard size="large" pictogram={question.pictogram} text={tContent(question.textKey)} speakLabel={t('actions.listen')} />
      {list.length > 0 ? (
        <>
          <p class="lead">
            <Say text={t('kinds.questionRound.togetherIntro')} />
          </p>
          <ul class="card-grid">
            {list.map((a) => (
              <li key={a.personId}>
                <AnswerCard answer={a} config={exercise.config} members={members} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <Notice pictogram="question" text={t('kinds.questionRound.noAnswers')} />
      )}
      <nav class="step-nav" aria-label={t('kinds.questionRound.navigation')}>
        <BigButton pictogram="previous" label={t('kinds.questionRound.backToAnswering')} onClick={() => onStep(question.id)} />
        <BigButton
          variant="primary"
          pictogram={next ? 'next' : 'results'}
          label={t(next ? 'kinds.questionRound.next' : 'kinds.questionRound.all')}
          onClick={() => onStep(next ? next.id : 'all')}
        />
      </nav>
    </div>
  );
}
