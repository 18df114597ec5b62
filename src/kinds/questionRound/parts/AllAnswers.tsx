import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { Say } from '../../../ui/Say';
import { Section } from '../../../ui/Section';
import type { KindViewProps } from '../../types';
import { answersTo } from '../model';
import { AnswerCard } from './AnswerCard';

/** Every question with the group's answers on one page. */
export function AllAnswers({ exercise, members, answers, onStep }: KindViewProps<'questionRound'>) {
  const { t, tContent } = useT();
  return (
    <div class="stack">
      {exercise.config.questions.map((q) => {
        const list = answersTo(answers.entries, q.id, members);
        return (
          <Section key={q.id} title={tContent(q.textKey)} pictogram={q.pictogram}>
            {list.length > 0 ? (
              <ul class="card-grid">
                {list.map((a) => (
                  <li key={a.personId}>
                    <AnswerCard answer={a} config={exercise.config} members={members} />
                  </li>
                ))}
              </ul>
            ) : (
              <p>
                <Say text={t('kinds.questionRound.noAnswers')} />
              </p>
            )}
          </Section>
        );
      })}
      <BigButton pictogram="previous" label={t('kinds.questionRound.toQuestions')} onClick={() => onStep(null)} />
    </div>
  );
}
