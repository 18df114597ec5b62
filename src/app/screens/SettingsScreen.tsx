import { useT } from '../../i18n/useT';
import { AppScreen } from '../parts/AppScreen';
import { LanguagePicker } from '../parts/LanguagePicker';
import { href, type Route } from '../router';
import { BigButton } from '../../ui/BigButton';
import { ConsentOverview } from '../settings/ConsentOverview';
import { DisplaySettings } from '../settings/DisplaySettings';
import { LockSettings } from '../settings/LockSettings';
import { SpeechSettings } from '../settings/SpeechSettings';
import { StorageSettings } from '../settings/StorageSettings';

/** This device's settings (support persons only): language, speech, look, the lock, storage, consent, and the way to About Porukka. */
export function SettingsScreen({ route }: { readonly route: Route }) {
  const { t } = useT();
  return (
    <AppScreen route={route} title={t('settings.title')}>
      <LanguagePicker />
      <SpeechSettings />
      <DisplaySettings />
      <LockSettings />
      <StorageSettings />
      <ConsentOverview />
      <div class="button-row">
        <BigButton pictogram="what-is" label={t('about.title')} href={href({ name: 'about' })} />
      </div>
    </AppScreen>
  );
}
