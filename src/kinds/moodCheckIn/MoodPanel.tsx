import { useEffect, useRef } from 'preact/hooks';
import type { PictureText } from '../../content/types';
import { colourHex } from '../../domain/people';
import type { Person } from '../../domain/records';
import { useT } from '../../i18n/useT';
import { Avatar } from '../../ui/Avatar';
import { BigButton } from '../../ui/BigButton';
import { Say } from '../../ui/Say';

interface Props {
  readonly person: Person;
  readonly question: string;
  readonly options: readonly PictureText[];
  readonly current: string | undefined;
  readonly onPick: (optionId: string) => void;
  readonly onCancel: () => void;
}

/** The member holding the tablet picks one picture. */
export function MoodPanel({ person, question, options, current, onPick, onCancel }: Props) {
  const { t, tContent } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [person.id]);
  return (
    <section class="vote-panel" aria-labelledby="mood-panel-title">
      <Avatar name={person.name} colourHex={colourHex(person.colour)} avatar={person.avatar} size="large" />
      <h2 id="mood-panel-title" class="section-title" tabIndex={-1} ref={heading}>
        <Say text={`${person.name}: ${question}`} />
      </h2>
      <div class="picture-choices">
        {options.map((option) => (
          <BigButton
            key={option.id}
            layout="tile"
            pictogram={option.pictogram}
            label={tContent(option.textKey)}
            pressed={current === option.id}
            onClick={() => onPick(option.id)}
          />
        ))}
      </div>
      <BigButton variant="quiet" pictogram="back" label={t('turns.back')} onClick={onCancel} />
    </section>
  );
}
