import type { PictogramId } from '../../content/pictogramId';
import { useT } from '../../i18n/useT';
import { ChoiceTiles } from '../../ui/ChoiceTiles';

interface Props {
  readonly legend: string;
  readonly pictogram: PictogramId;
  readonly name: string;
  readonly isOn: boolean;
  readonly onChange: (isOn: boolean) => void;
}

/** A setting that is on or off: two big tiles, "On" and "Off". */
export function OnOff({ legend, pictogram, name, isOn, onChange }: Props) {
  const { t } = useT();
  return (
    <ChoiceTiles
      legend={legend}
      legendPictogram={pictogram}
      name={name}
      value={isOn ? 'on' : 'off'}
      onChange={(value) => onChange(value === 'on')}
      choices={[
        { value: 'on', label: t('settings.on'), pictogram: 'done' },
        { value: 'off', label: t('settings.off'), pictogram: 'close' },
      ]}
    />
  );
}
