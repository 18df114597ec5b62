import { useEffect, useRef } from 'preact/hooks';
import { colourHex } from '../../../domain/people';
import type { Person } from '../../../domain/records';
import { useT } from '../../../i18n/useT';
import { Avatar } from '../../../ui/Avatar';
import { BigButton } from '../../../ui/BigButton';
import { Say } from '../../../ui/Say';
import type { Vote } from '../model';

interface Props {
  readonly person: Person;
  readonly current: Vote | undefined;
  readonly onVote: (vote: Vote) => void;
  readonly onCancel: () => void;
}

/** The member holding the tablet says yes or no. */
export function VotePanel({ person, current, onVote, onCancel }: Props) {
  const { t } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  // Move focus here so keyboard and switch users land on the choice.
  useEffect(() => heading.current?.focus(), [person.id]);
  return (
    <section class="vote-panel" aria-labelledby="vote-panel-title">
      <Avatar name={person.name} colourHex={colourHex(person.colour)} avatar={person.avatar} size="large" />
      <h2 id="vote-panel-title" class="section-title" tabIndex={-1} ref={heading}>
        <Say text={t('kinds.statementVote.yourOpinion', { name: person.name })} />
      </h2>
      <div class="vote-panel__choices">
        <BigButton
          layout="tile"
          variant="primary"
          class="vote-yes"
          pictogram="yes"
          label={t('kinds.statementVote.yes')}
          pressed={current === 'yes'}
          onClick={() => onVote('yes')}
        />
        <BigButton
          layout="tile"
          variant="primary"
          class="vote-no"
          pictogram="no"
          label={t('kinds.statementVote.no')}
          pressed={current === 'no'}
          onClick={() => onVote('no')}
        />
      </div>
      <BigButton variant="quiet" pictogram="back" label={t('kinds.statementVote.notNow')} onClick={onCancel} />
    </section>
  );
}
