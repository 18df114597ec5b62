import type { PictureText } from '../../content/types';
import type { Person } from '../../domain/records';
import { useT } from '../../i18n/useT';
import { BigButton } from '../../ui/BigButton';
import { tileWordRoom } from '../../ui/longWords';
import { TurnFrame } from '../shared/TurnFrame';
import { askWithName } from './model';

interface Props {
  readonly person: Person;
  readonly question: string;
  readonly options: readonly PictureText[];
  readonly current: string | undefined;
  /** A tap picks (and says) a picture; another tap changes it. */
  readonly onPick: (optionId: string) => void;
  readonly onDone: () => void;
}

/** The member holding the tablet picks one picture, may change it, and ends the turn with "Valmis". */
export function MoodPanel({ person, question, options, current, onPick, onDone }: Props) {
  const { tContent } = useT();
  const room = tileWordRoom(options.map((option) => tContent(option.textKey)));
  return (
    <TurnFrame person={person} question={askWithName(person.name, question)} onDone={onDone} class="mood-turn">
      <div class={`picture-choices round-choices ${room.class}`} style={room.style}>
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
    </TurnFrame>
  );
}
