import { useEffect, useRef, useState } from 'preact/hooks';
import { colourHex } from '../../../domain/people';
import { useT } from '../../../i18n/useT';
import { AvatarButton } from '../../../ui/Avatar';
import { BigButton } from '../../../ui/BigButton';
import { Notice } from '../../../ui/Notice';
import { PictureCard } from '../../../ui/PictureCard';
import { Say } from '../../../ui/Say';
import { Section } from '../../../ui/Section';
import type { KindViewProps } from '../../types';
import { votesFor, voteWrite } from '../model';
import { VotePanel } from './VotePanel';

interface Props extends KindViewProps<'statementVote'> {
  readonly index: number;
  readonly onPrevious: (() => void) | null;
  readonly onNext: () => void;
}

/** One statement: tap your picture, then thumbs up or down; pass the tablet on. */
export function StatementStep({ exercise, members, answers, links, index, onPrevious, onNext }: Props) {
  const { t, tContent } = useT();
  const [voterId, setVoterId] = useState<string | null>(null);
  const lastVoter = useRef<string | null>(null);
  const grid = useRef<HTMLDivElement>(null);
  // Back from the vote panel, keyboard and switch users continue from the picture they tapped.
  useEffect(() => {
    if (voterId !== null || lastVoter.current === null) return;
    const position = members.findIndex((m) => m.id === lastVoter.current);
    grid.current?.querySelectorAll('button')[position]?.focus();
  }, [voterId, members]);
  const { statements, questionKey } = exercise.config;
  const statement = statements[index];
  if (!statement) return null;
  const votes = votesFor(answers.entries, statement.id);
  const voter = members.find((m) => m.id === voterId);
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
      {members.length === 0 ? (
        <Notice pictogram="group" text={t('kinds.statementVote.noMembers')}>
          <BigButton pictogram="group" label={t('actions.members')} href={links.members} />
        </Notice>
      ) : voter ? (
        <VotePanel
          person={voter}
          current={votes.get(voter.id)}
          onVote={async (vote) => {
            await answers.put(voteWrite(statement.id, voter.id, vote));
            setVoterId(null);
          }}
          onCancel={() => setVoterId(null)}
        />
      ) : (
        <Section title={t('kinds.statementVote.whoVotes')} pictogram="vote">
          <div class="avatar-grid" ref={grid}>
            {members.map((m) => {
              const vote = votes.get(m.id);
              return (
                <AvatarButton
                  key={m.id}
                  name={m.name}
                  colourHex={colourHex(m.colour)}
                  avatar={m.avatar}
                  badge={vote}
                  description={t(vote === 'yes' ? 'kinds.statementVote.votedYes' : vote === 'no' ? 'kinds.statementVote.votedNo' : 'kinds.statementVote.notVoted')}
                  onClick={() => {
                    lastVoter.current = m.id;
                    setVoterId(m.id);
                  }}
                />
              );
            })}
          </div>
        </Section>
      )}
      {voter ? null : (
        <nav class="step-nav" aria-label={t('kinds.statementVote.navigation')}>
          {onPrevious ? <BigButton pictogram="previous" label={t('kinds.statementVote.previous')} onClick={onPrevious} /> : <span />}
          <BigButton
            variant="primary"
            pictogram={isLast ? 'results' : 'next'}
            label={t(isLast ? 'kinds.statementVote.showResults' : 'kinds.statementVote.next')}
            onClick={onNext}
          />
        </nav>
      )}
    </div>
  );
}
