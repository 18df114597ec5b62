import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { PictureCard } from '../../../ui/PictureCard';
import { Say } from '../../../ui/Say';
import { Section } from '../../../ui/Section';
import type { KindViewProps } from '../../types';
import { answersTo } from '../model';

/** The round's questions, each with how many have answered; the group starts from the first. */
export function Overview({ exercise, answers, members, onStep }: KindViewProps<'questionRound'>) {
  const { t, tContent } = useT();
  const { questions, introKey } = exercise.config;
  const first = questions[0];
  return (
    <div class="stack">
      <PictureCard pictogram={exercise.pictogram} text={tContent(introKey)} speakLabel={t('actions.listen')} />
      {first ? <BigButton variant="primary" pictogram="next" label={t('kinds.questionRound.start')} onClick={() => onStep(first.id)} /> : null}
      <Section title={t('kinds.questionRound.questions')} pictogram="question">
        <ol class="row-list question-list">
          {questions.map((q, n) => (
            <li key={q.id}>
              <BigButton pictogram={q.pictogram} label={`${n + 1}. ${tContent(q.textKey)}`} onClick={() => onStep(q.id)}>
                <Say class="badge" text={t('kinds.questionRound.answerCount', { count: answersTo(answers.entries, q.id, members).length })} />
              </BigButton>
            </li>
          ))}
        </ol>
      </Section>
      <BigButton pictogram="results" label={t('kinds.questionRound.all')} onClick={() => onStep('all')} />
    </div>
  );
}
