// One member's turn on one screen: who it is, what is asked (read aloud with their name), the
// choices, and "Valmis". The others' pictures stay at the top: the next person can tap theirs.
import type { ComponentChildren } from 'preact';
import { useContext, useLayoutEffect, useRef } from 'preact/hooks';
import type { Person } from '../../domain/records';
import { useT } from '../../i18n/useT';
import { Avatar, AvatarButton, memberLook } from '../../ui/Avatar';
import { BigButton } from '../../ui/BigButton';
import { Say } from '../../ui/Say';
import { SpeechContext } from '../../ui/speechPort';
import { TurnsContext } from './turnsContext';

interface Props {
  readonly person: Person;
  /** The turn's question with the person's name ("Anna, mitä mieltä sinä olet?"); read when the turn opens. */
  readonly question: string;
  /** What the turn is about (a statement, a question) in a compact form: picture + one line + read aloud. */
  readonly subject?: ComponentChildren;
  /** The choices. */
  readonly children: ComponentChildren;
  readonly onDone: () => void;
  /** Shown beside "Valmis" and kept in view with it (the dots left in a dot vote). */
  readonly status?: ComponentChildren;
  /** The word on the end-of-turn button; "Valmis" unless said otherwise. */
  readonly doneLabel?: string;
  readonly class?: string;
}

export function TurnFrame({ person, question, subject, children, onDone, status, doneLabel, class: className }: Props) {
  const { t } = useT();
  const speech = useContext(SpeechContext);
  const turns = useContext(TurnsContext);
  const frame = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // A new turn: bring it into view, put keyboard focus on it and read its question.
  useLayoutEffect(() => {
    frame.current?.scrollIntoView?.({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
    if (heading.current) speech.sayTurn(heading.current);
    // Read once when the turn opens, not again whenever the speech state (the sentence read) changes.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [person.id]);
  const headingId = `turn-title-${person.id}`;
  return (
    <section ref={frame} class={className ? `turn ${className}` : 'turn'} aria-labelledby={headingId}>
      {turns && turns.members.length > 1 ? (
        <nav class="turn__people" aria-label={t('turns.others')}>
          {turns.members.map((m) => (
            <AvatarButton
              key={m.id}
              {...memberLook(m)}
              size="small"
              showName={false}
              badge={turns.badgeOf(m)}
              description={turns.describe(m)}
              pressed={m.id === person.id}
              onClick={() => turns.open(m.id)}
            />
          ))}
        </nav>
      ) : null}
      <div class="turn__who">
        <Avatar {...memberLook(person)} size="medium" />
        <h2 id={headingId} class="turn__question" tabIndex={-1} ref={heading}>
          <Say text={question} />
        </h2>
      </div>
      {subject ? <div class="turn__subject">{subject}</div> : null}
      <div class="turn__choices">{children}</div>
      <div class="turn__done">
        {status ? <div class="turn__status">{status}</div> : null}
        <BigButton variant="primary" pictogram="done" label={doneLabel ?? t('turns.done')} onClick={onDone} />
      </div>
    </section>
  );
}
