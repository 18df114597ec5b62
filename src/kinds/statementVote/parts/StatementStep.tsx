import { useContext, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { Pictogram } from '../../../ui/Pictogram';
import { PictureCard } from '../../../ui/PictureCard';
import { Say } from '../../../ui/Say';
import { SpeechContext } from '../../../ui/speechPort';
import { MemberTurns } from '../../shared/MemberTurns';
import type { KindViewProps } from '../../types';
import { allVoted, votesFor, type Vote } from '../model';
import { VoteTurn } from './VoteTurn';

interface Props extends KindViewProps<'statementVote'> {
  readonly index: number;
  readonly onPrevious: (() => void) | null;
  readonly onNext: () => void;
}

const votedKey = { yes: 'kinds.statementVote.votedYes', no: 'kinds.statementVote.votedNo' } as const;

/**
 * One statement: each member taps their picture and says yes or no in their own turn. The votes stay
 * hidden ("has voted ✓") until everyone has voted, then they are shown together and read aloud once
 * (unless the group chose open voting: then each vote shows as it comes).
 */
export function StatementStep({ exercise, members, answers, links, group, index, onPrevious, onNext }: Props) {
  const { t, tContent } = useT();
  const { statements, questionKey } = exercise.config;
  const statement = statements[index];
  const votes = statement ? votesFor(answers.entries, statement.id) : new Map<string, Vote>();
  const everyone = allVoted(votes, members.map((m) => m.id));
  // Only the current members' votes count (a removed member's vote does not).
  const given = members.flatMap((m) => votes.get(m.id) ?? []);
  // When everyone had voted before the statement opened, the votes show at once and are not read again.
  // Taken when each statement opens (the next one is drawn into the same screen, from its own votes):
  // its first drawing uses the votes as they are, and that is kept before the screen is painted.
  const [shown, setShown] = useState({ statementId: statement?.id, isRevealed: everyone });
  const isOpenedNow = shown.statementId !== statement?.id;
  useLayoutEffect(() => {
    if (isOpenedNow) setShown({ statementId: statement?.id, isRevealed: everyone });
  }, [isOpenedNow, statement?.id, everyone]);
  const isRevealed = isOpenedNow ? everyone : shown.isRevealed;
  const next = useRef<HTMLButtonElement>(null);
  if (!statement) return null;
  const showsVotes = (group?.openVoting ?? false) || isRevealed;
  const isLast = index === statements.length - 1;

  return (
    <div class="stack vote-step">
      <p class="step-count">
        <Say text={t('kinds.statementVote.progress', { n: index + 1, total: statements.length })} />
      </p>
      {/* While a member's turn is open, the turn shows the statement in small (statementVote.css). */}
      <div class="stack vote-step__statement">
        <p class="lead">
          <Say text={tContent(questionKey)} />
        </p>
        <PictureCard size="large" pictogram={statement.pictogram} text={tContent(statement.textKey)} speakLabel={t('actions.listen')} />
      </div>
      <MemberTurns
        members={members}
        title={t('kinds.statementVote.whoVotes')}
        titlePictogram="vote"
        membersHref={links.members}
        badgeOf={(m) => {
          const vote = votes.get(m.id);
          return vote ? (showsVotes ? vote : 'done') : undefined;
        }}
        describe={(m) => {
          const vote = votes.get(m.id);
          if (!vote) return t('kinds.statementVote.notVoted');
          return t(showsVotes ? votedKey[vote] : 'kinds.statementVote.votedHidden');
        }}
        round={statement.id}
        wayOn={next}
        isRoundOver={everyone}
        turn={(voter, done) => <VoteTurn statement={statement} voter={voter} vote={votes.get(voter.id)} answers={answers} onDone={done} />}
        footer={
          <>
            {everyone ? (
              <Reveal
                yes={given.filter((vote) => vote === 'yes').length}
                no={given.filter((vote) => vote === 'no').length}
                isNew={!isRevealed}
                onShown={() => setShown({ statementId: statement.id, isRevealed: true })}
              />
            ) : (
              <p class="vote-step__waiting">
                <Say text={t('kinds.statementVote.votedSoFar', { n: given.length, total: members.length })} />
                {showsVotes ? null : (
                  <>
                    {' '}
                    <Say text={t('kinds.statementVote.hiddenNote')} />
                  </>
                )}
              </p>
            )}
            {/* Keyed: the next statement is drawn into these same buttons, and "Seuraava väite" must stay
                itself (with the focus) when "Edellinen" appears before it. */}
            <nav class="step-nav" aria-label={t('kinds.statementVote.navigation')}>
              {onPrevious ? <BigButton key="previous" pictogram="previous" label={t('kinds.statementVote.previous')} onClick={onPrevious} /> : <span key="no-previous" />}
              <BigButton
                key="next"
                ref={next}
                variant="primary"
                pictogram={isLast ? 'results' : 'next'}
                label={t(isLast ? 'kinds.statementVote.showResults' : 'kinds.statementVote.next')}
                onClick={onNext}
              />
            </nav>
          </>
        }
      />
    </div>
  );
}

interface RevealProps {
  readonly yes: number;
  readonly no: number;
  /** Called when the summary is on screen (it is drawn only while nobody's turn is open). */
  readonly onShown: () => void;
  /** Everyone has just voted: the summary is read aloud (once; then `onShown` makes it not new). */
  readonly isNew: boolean;
}

/** Everyone has voted: how many said yes and how many said no. */
function Reveal({ yes, no, isNew, onShown }: RevealProps) {
  const { t } = useT();
  const speech = useContext(SpeechContext);
  const box = useRef<HTMLDivElement>(null);
  // Before the screen is painted, so the pictures never show the votes a moment late.
  useLayoutEffect(() => {
    if (!isNew) return;
    onShown();
    if (!box.current) return;
    box.current.scrollIntoView?.({ block: 'nearest' });
    speech.readAloud(box.current);
  }, [isNew, onShown, speech]);
  return (
    <div ref={box} class="vote-reveal">
      <Pictogram id="vote" size={48} />
      <p class="vote-reveal__text">
        <Say text={t('kinds.statementVote.allVoted')} />{' '}
        <Say text={t('kinds.statementVote.yesCount', { count: yes })} />{' '}
        <Say text={t('kinds.statementVote.noCount', { count: no })} />
      </p>
    </div>
  );
}
