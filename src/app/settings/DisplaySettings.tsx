import { useT } from '../../i18n/useT';
import { saveSetting, settingsStore } from '../../state/settingsStore';
import { useStore } from '../../state/useStore';
import { ChoiceTiles } from '../../ui/ChoiceTiles';
import { Section } from '../../ui/Section';
import { OnOff } from './OnOff';

/** How the app looks: text size, high-contrast pictures, and motion. */
export function DisplaySettings() {
  const { t } = useT();
  const textSize = useStore(settingsStore, (s) => s.textSize);
  const highContrast = useStore(settingsStore, (s) => s.highContrast);
  const reducedMotion = useStore(settingsStore, (s) => s.reducedMotion);
  return (
    <Section title={t('settings.display')} pictogram="text-size">
      <ChoiceTiles
        legend={t('settings.textSize')}
        legendPictogram="text-size"
        name="text-size"
        value={textSize}
        onChange={(value) => saveSetting({ textSize: value })}
        choices={[
          { value: 'normal', label: t('settings.textNormal'), pictogram: 'text-size' },
          { value: 'large', label: t('settings.textLarge'), pictogram: 'text-size' },
          { value: 'larger', label: t('settings.textLarger'), pictogram: 'text-size' },
        ]}
      />
      <OnOff legend={t('settings.highContrast')} pictogram="high-contrast" name="high-contrast" isOn={highContrast} onChange={(isOn) => saveSetting({ highContrast: isOn })} />
      <OnOff legend={t('settings.reducedMotion')} pictogram="reduce-motion" name="reduced-motion" isOn={reducedMotion} onChange={(isOn) => saveSetting({ reducedMotion: isOn })} />
    </Section>
  );
}
