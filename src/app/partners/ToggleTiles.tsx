import type { PictogramId } from '../../content/pictogramId';
import { BigButton } from '../../ui/BigButton';
import { Pictogram } from '../../ui/Pictogram';
import { Say } from '../../ui/Say';

interface Props<V extends string> {
  readonly legend: string;
  readonly legendPictogram: PictogramId;
  readonly options: readonly { readonly value: V; readonly label: string; readonly pictogram: PictogramId }[];
  readonly chosen: readonly V[];
  readonly onChange: (chosen: V[]) => void;
}

/** Pick any number of pictures: each is a toggle button; the chosen ones keep the options' order. */
export function ToggleTiles<V extends string>({ legend, legendPictogram, options, chosen, onChange }: Props<V>) {
  return (
    <fieldset class="stack">
      <legend class="field__label">
        <Pictogram id={legendPictogram} size={40} />
        <Say text={legend} />
      </legend>
      <div class="picture-choices">
        {options.map((option) => {
          const isChosen = chosen.includes(option.value);
          return (
            <BigButton
              key={option.value}
              layout="tile"
              pictogram={option.pictogram}
              label={option.label}
              pressed={isChosen}
              onClick={() => onChange(options.map((o) => o.value).filter((v) => (v === option.value ? !isChosen : chosen.includes(v))))}
            />
          );
        })}
      </div>
    </fieldset>
  );
}
