// Pass the tablet: each member taps their own picture, takes their turn, and hands the tablet on.
import { Fragment, type ComponentChildren } from 'preact';
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
}

export function MemberTurns({ members, title, titlePictogram, membersHref, badgeOf, describe, turn, footer, round = '' }: Props) {
  const [openTurn, setOpenTurn] = useState<{ readonly id: string; readonly round: string } | null>(null);
  const currentId = openTurn?.round === round ? openTurn.id : null;
  const setCurrentId = (id: string | null) => setOpenTurn(id === null ? null : { id, round });
  // The member whose turn was opened last (kept after the turn ends, for the focus).
  const [lastId, setLastId] = useState<string | null>(null);
  const grid = useRef<HTMLDivElement>(null);
  // Back from a turn, keyboard and switch users continue from the picture they tapped.
  useEffect(() => {
    if (currentId !== null || lastId === null) return;
    const position = members.findIndex((m) => m.id === lastId);
    grid.current?.querySelectorAll('button')[position]?.focus();
  }, [currentId, lastId, members]);

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
      open: (id) => {
        setLastId(id);
        setCurrentId(id);
      },
    };
    return (
      <TurnsContext.Provider value={port}>
        <Fragment key={current.id}>{turn(current, () => setCurrentId(null))}</Fragment>
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
              onClick={() => {
                setLastId(m.id);
                setCurrentId(m.id);
              }}
            />
          ))}
        </div>
      </Section>
      {footer}
    </>
  );
}
