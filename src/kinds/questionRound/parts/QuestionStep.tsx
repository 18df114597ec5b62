import type { PictureText } from '../../../content/types';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { PictureCard } from '../../../ui/PictureCard';
import { Say } from '../../../ui/Say';
import { MemberTurns } from '../../shared/MemberTurns';
import type { KindViewProps } from '../../types';
import { answeredIds } from '../model';
import { AnswerPanel } from './AnswerPanel';

export interface QuestionProps extends KindViewProps<'questionRound'> {
  readonly question: PictureText;
  readonly index: number;
}

/** One question, read aloud; the tablet goes round and each member (or pair) answers in turn. */
export function QuestionStep(props: QuestionProps) {
  const { exercise, members, answers, links, question, index, onStep } = props;
  const { t, tContent } = useT();
  const { questions } = exercise.config;
  const answered = answeredIds(answers.entries, question.id);
  const previous = questions[index - 1];
  return (
    <div class="stack">
      <p class="step-count">
        <Say text={t('kinds.questionRound.progress', { n: index + 1, total: questions.length })} />
      </p>
      <PictureCard size="large" pictogram={question.pictogram} text={tContent(question.textKey)} speakLabel={t('actions.listen')} />
      <MemberTurns
        members={members}
        title={t('kinds.questionRound.whoAnswers')}
        titlePictogram="take-turns"
        membersHref={links.members}
        badgeOf={(m) => (answered.has(m.id) ? 'done' : undefined)}
        describe={(m) => t(answered.has(m.id) ? 'kinds.questionRound.hasAnswered' : 'kinds.questionRound.notAnswered')}
        turn={(person, done) => <AnswerPanel {...props} person={person} onDone={done} />}
        footer={
          <nav class="step-nav" aria-label={t('kinds.questionRound.navigation')}>
            <BigButton
              pictogram="previous"
              label={t(previous ? 'kinds.questionRound.previous' : 'kinds.questionRound.toQuestions')}
              onClick={() => onStep(previous ? previous.id : null)}
            />
            <BigButton variant="primary" pictogram="group" label={t('kinds.questionRound.together')} onClick={() => onStep(`${question.id}-together`)} />
          </nav>
        }
      />
    </div>
  );
}
