import { useContext, useEffect, useRef } from 'preact/hooks';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { Say } from '../../../ui/Say';
import { Section } from '../../../ui/Section';
import { SpeechContext } from '../../../ui/speechPort';
import { MemberTurns } from '../../shared/MemberTurns';
import type { KindViewProps } from '../../types';
import { boardCards } from '../cards';
import { awaitedVoters, dotsByPerson, dotsLeft, scores, votingState } from '../dots';
import { piles } from '../piles';
import { DotTurn } from './DotTurn';
import { DotTally, VotingWait } from './ResultStep';

/**
 * Pass the tablet: each member puts their dots on the piles they like most. Until everyone has voted
 * the pictures show only "has voted ✓" and no pile shows its dots (unless the group votes openly);
 * then the dots are shown together and read aloud once.
 */
export function VoteStep({ exercise, members, answers, sources, links, group, onStep }: KindViewProps<'cardBoard'>) {
  const { t } = useT();
  const speech = useContext(SpeechContext);
  const { dotsPerMember, importAreas, fields } = exercise.config;
  const pileList = piles(boardCards(answers.entries, sources, importAreas), answers.entries);
  const byPerson = dotsByPerson(answers.entries, dotsPerMember);
  const memberIds = members.map((m) => m.id);
  const awaited = awaitedVoters(members);
  const { voted, revealed } = votingState(answers.entries, dotsPerMember, awaited.map((m) => m.id));
  const isOpen = group?.openVoting === true;
  const ranked = scores(pileList, answers.entries, dotsPerMember, memberIds);
  const totals = isOpen || revealed ? new Map(ranked.map((s) => [s.pile.top.ref, s.dots])) : null;

  // The moment the last vote is in, the dots are read aloud once (not again when the step reopens).
  const revealRef = useRef<HTMLDivElement>(null);
  const wasHiddenRef = useRef(!revealed);
  useEffect(() => {
    if (!revealed) {
      wasHiddenRef.current = true;
    } else if (wasHiddenRef.current && revealRef.current) {
      wasHiddenRef.current = false;
      speech.readAloud(revealRef.current);
    }
  });

  return (
    <MemberTurns
      members={members}
      title={t('cards.vote.whoseTurn', { count: dotsPerMember })}
      titlePictogram="vote"
      membersHref={links.members}
      badgeOf={(m) => (voted.has(m.id) ? 'done' : undefined)}
      describe={(m) =>
        isOpen || revealed ? t('cards.vote.left', { count: dotsLeft(byPerson.get(m.id), dotsPerMember) }) : t(voted.has(m.id) ? 'cards.vote.hasVoted' : 'cards.vote.notVoted')
      }
      turn={(person, done) => (
        <DotTurn person={person} piles={pileList} slots={byPerson.get(person.id)} dotsPerMember={dotsPerMember} fields={fields} answers={answers} totals={totals} onDone={done} />
      )}
      footer={
        revealed ? (
          <Section title={t('cards.steps.result')} pictogram="results" class="dot-reveal">
            <div class="stack" ref={revealRef}>
              <Say class="lead" text={t('cards.vote.revealed')} />
              <DotTally ranked={ranked} fields={fields} />
            </div>
            <BigButton variant="primary" pictogram="results" label={t('cards.vote.seeResult')} onClick={() => onStep('result')} />
          </Section>
        ) : isOpen ? (
          <DotTally ranked={ranked} fields={fields} />
        ) : (
          <VotingWait members={awaited} voted={voted} answers={answers} />
        )
      }
    />
  );
}
