import { useT } from '../../../i18n/useT';
import { MemberTurns } from '../../shared/MemberTurns';
import type { KindViewProps } from '../../types';
import { boardCards } from '../cards';
import { dotsByPerson, dotsLeft } from '../dots';
import { piles } from '../piles';
import { DotTurn } from './DotTurn';

/** Pass the tablet: each member puts their dots on the piles they like most. */
export function VoteStep({ exercise, members, answers, sources, links }: KindViewProps<'cardBoard'>) {
  const { t } = useT();
  const { dotsPerMember, importAreas } = exercise.config;
  const pileList = piles(boardCards(answers.entries, sources, importAreas), answers.entries);
  const byPerson = dotsByPerson(answers.entries, dotsPerMember);
  return (
    <MemberTurns
      members={members}
      title={t('cards.vote.whoseTurn', { count: dotsPerMember })}
      titlePictogram="dot"
      membersHref={links.members}
      badgeOf={(m) => (dotsLeft(byPerson.get(m.id), dotsPerMember) === 0 ? 'done' : undefined)}
      describe={(m) => t('cards.vote.left', { count: dotsLeft(byPerson.get(m.id), dotsPerMember) })}
      turn={(person, done) => (
        <DotTurn person={person} piles={pileList} slots={byPerson.get(person.id)} dotsPerMember={dotsPerMember} fields={exercise.config.fields} answers={answers} onDone={done} />
      )}
    />
  );
}
