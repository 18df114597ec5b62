import { useContext } from 'preact/hooks';
import type { PictogramId } from '../content/pictogramId';
import { Pictogram } from './Pictogram';
import { Say } from './Say';
import { SpeechContext } from './speechPort';

export interface Choice<V extends string> {
  readonly value: V;
  readonly label: string;
  readonly pictogram?: PictogramId;
  /** A colour sample instead of (or under) the pictogram. */
  readonly swatch?: string;
}

interface Props<V extends string> {
  readonly legend: string;
  readonly legendPictogram: PictogramId;
  readonly name: string;
  readonly choices: readonly Choice<V>[];
  readonly value: V;
  readonly onChange: (value: V) => void;
  readonly compact?: boolean;
}

/** Pick one of several pictures: radio buttons drawn as big tiles. */
export function ChoiceTiles<V extends string>({ legend, legendPictogram, name, choices, value, onChange, compact }: Props<V>) {
  const speech = useContext(SpeechContext);
  return (
    <fieldset class={compact ? 'choice-tiles choice-tiles--compact' : 'choice-tiles'}>
      <legend class="field__label">
        <Pictogram id={legendPictogram} size={40} />
        <Say text={legend} />
      </legend>
      <div class="choice-tiles__options">
        {choices.map((choice) => (
          <label key={choice.value} class="choice-tile">
            <input
              type="radio"
              class="visually-hidden"
              name={name}
              value={choice.value}
              checked={choice.value === value}
              onChange={(event) => {
                const tile = event.currentTarget.closest('label');
                if (tile) speech.sayTapped(tile);
                onChange(choice.value);
              }}
            />
            <span class="choice-tile__face" style={choice.swatch ? { backgroundColor: choice.swatch } : undefined}>
              {choice.pictogram ? <Pictogram id={choice.pictogram} size={compact ? 48 : 56} /> : null}
            </span>
            <Say class="choice-tile__label" text={choice.label} />
          </label>
        ))}
      </div>
    </fieldset>
  );
}
