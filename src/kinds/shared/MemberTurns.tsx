// Pass the tablet: each member taps their own picture, takes their turn, and hands the tablet on.
import { Fragment, type ComponentChildren, type RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PictogramId } from '../../content/pictogramId';
import type { Person } from '../../domain/records';
import { AvatarButton, memberLook } from '../../ui/Avatar';
import { Section } from '../../ui/Section';
import { NoMembers } from './NoMembers';
import { TurnsContext, type TurnsPort } from './turnsContext';

interface Props {
  readonly members: readonly Person[];
  readonly title: string;
  readonly titlePictogram: PictogramId;
  readonly membersHref: string;
  /** The small picture on a member's disc once they have had their turn. */
  readonly badgeOf: (person: Person) => PictogramId | undefined;
  /** What a screen reader says after the name ("voted yes"). */
  readonly describe: (person: Person) => string;
  /**
   * The member's turn (drawn in a TurnFrame, which shows the others' pictures so the next person can
   * tap theirs); call `done` to hand the tablet on.
   */
  readonly turn: (person: Person, done: () => void) => ComponentChildren;
  /** Shown under the pictures while it is nobody's turn (next / previous buttons). */
  readonly footer?: ComponentChildren;
  /**
   * What the turns are about (the statement): when it changes, a turn still open ends, while the
   * pictures stay as they are (drawn again, a photo could flash its emoji and the work doubles).
   */
  readonly round?: string;
  /**
   * The way on under the pictures ("Seuraava väite"), and whether the round is over (everyone has
   * voted). A turn that ends the round hands the focus to the way on and brings it into view, with what
   * is just above it (the result), instead of going back to the member's picture.
   */
  readonly wayOn?: RefObject<HTMLElement | null>;
  readonly isRoundOver?: boolean;
}

export function MemberTurns({ members, title, titlePictogram, membersHref, badgeOf, describe, turn, footer, round = '', wayOn, isRoundOver = false }: Props) {
  const [openTurn, setOpenTurn] = useState<{ readonly id: string; readonly round: string } | null>(null);
  const currentId = openTurn?.round === round ? openTurn.id : null;
  const setCurrentId = (id: string | null) => setOpenTurn(id === null ? null : { id, round });
  // The member whose turn was opened last (kept after the turn ends, for the focus).
  const [lastId, setLastId] = useState<string | null>(null);
  // Whether that turn, as it ended, ended the round.
  const [hasEndedRound, setHasEndedRound] = useState(false);
  const grid = useRef<HTMLDivElement>(null);
  // Back from a turn, keyboard and switch users continue from the picture they tapped, or from the way
  // on when everyone has had their turn (shown whole: on a phone or at the largest text it was below).
  useEffect(() => {
    if (currentId !== null || lastId === null) return;
    const wayOnNow = hasEndedRound ? wayOn?.current : null;
    if (wayOnNow) {
      wayOnNow.focus({ preventScroll: true });
      wayOnNow.scrollIntoView?.({ block: 'nearest' });
      return;
    }
    const position = members.findIndex((m) => m.id === lastId);
    grid.current?.querySelectorAll('button')[position]?.focus();
  }, [currentId, lastId, members, hasEndedRound, wayOn]);
  const openTurnOf = (id: string) => {
    setLastId(id);
    setHasEndedRound(false);
    setCurrentId(id);
  };

  if (members.length === 0) {
    return (
      <NoMembers membersHref={membersHref} />
    );
  }
  const current = members.find((m) => m.id === currentId);
  if (current) {
    const port: TurnsPort = {
      members,
      currentId,
      badgeOf,
      describe,
      open: openTurnOf,
    };
    return (
      <TurnsContext.Provider value={port}>
        <Fragment key={current.id}>
          {turn(current, () => {
            setHasEndedRound(isRoundOver);
            setCurrentId(null);
          })}
        </Fragment>
      </TurnsContext.Provider>
    );
  }
  return (
    <>
      <Section title={title} pictogram={titlePictogram}>
        <div class="avatar-grid" ref={grid}>
          {members.map((m) => (
            <AvatarButton
              key={m.id}
              {...memberLook(m)}
              badge={badgeOf(m)}
              description={describe(m)}
              onClick={() => openTurnOf(m.id)}
            />
          ))}
        </div>
      </Section>
      {footer}
    </>
  );
}
