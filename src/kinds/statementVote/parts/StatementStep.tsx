import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { PictureCard } from '../../../ui/PictureCard';
import { Say } from '../../../ui/Say';
import { MemberTurns } from '../../shared/MemberTurns';
import type { KindViewProps } from '../../types';
import { votesFor, voteWrite } from '../model';
import { VotePanel } from './VotePanel';

interface Props extends KindViewProps<'statementVote'> {
  readonly index: number;
  readonly onPrevious: (() => void) | null;
  readonly onNext: () => void;
}

const votedKey = { yes: 'kinds.statementVote.votedYes', no: 'kinds.statementVote.votedNo' } as const;

/** One statement: tap your picture, then thumbs up or down; pass the tablet on. */
export function StatementStep({ exercise, members, answers, links, index, onPrevious, onNext }: Props) {
  const { t, tContent } = useT();
  const { statements, questionKey } = exercise.config;
  const statement = statements[index];
  if (!statement) return null;
  const votes = votesFor(answers.entries, statement.id);
  const isLast = index === statements.length - 1;

  return (
    <div class="stack">
      <p class="step-count">
        <Say text={t('kinds.statementVote.progress', { n: index + 1, total: statements.length })} />
      </p>
      <p class="lead">
        <Say text={tContent(questionKey)} />
      </p>
      <PictureCard size="large" pictogram={statement.pictogram} text={tContent(statement.textKey)} speakLabel={t('actions.listen')} />
      <MemberTurns
        members={members}
        title={t('kinds.statementVote.whoVotes')}
        titlePictogram="vote"
        membersHref={links.members}
        badgeOf={(m) => votes.get(m.id)}
        describe={(m) => {
          const vote = votes.get(m.id);
          return t(vote ? votedKey[vote] : 'kinds.statementVote.notVoted');
        }}
        turn={(voter, done) => (
          <VotePanel
            person={voter}
            current={votes.get(voter.id)}
            onVote={async (vote) => {
              await answers.put(voteWrite(statement.id, voter.id, vote));
              done();
            }}
            onCancel={done}
          />
        )}
        footer={
          <nav class="step-nav" aria-label={t('kinds.statementVote.navigation')}>
            {onPrevious ? <BigButton pictogram="previous" label={t('kinds.statementVote.previous')} onClick={onPrevious} /> : <span />}
            <BigButton
              variant="primary"
              pictogram={isLast ? 'results' : 'next'}
              label={t(isLast ? 'kinds.statementVote.showResults' : 'kinds.statementVote.next')}
              onClick={onNext}
            />
          </nav>
        }
      />
    </div>
  );
}
