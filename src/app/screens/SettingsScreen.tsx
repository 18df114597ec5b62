import { useT } from '../../i18n/useT';
import { hasVoice } from '../../services/speech/speech';
import { persistenceState, storageUse } from '../../services/persistence';
import { setSpeechRate, settingsStore } from '../../state/settingsStore';
import { reportError } from '../../state/errorStore';
import { speechStore } from '../../state/speechStore';
import { useStore } from '../../state/useStore';
import { ChoiceTiles } from '../../ui/ChoiceTiles';
import { Notice } from '../../ui/Notice';
import { Pictogram } from '../../ui/Pictogram';
import { Say } from '../../ui/Say';
import { Section } from '../../ui/Section';
import { SpeakButton } from '../../ui/SpeakButton';
import { useLive } from '../hooks/useLive';
import { AppScreen } from '../parts/AppScreen';
import { LanguagePicker } from '../parts/LanguagePicker';
import type { Route } from '../router';

/** This device's settings: language, speech, and whether the data is safe from being cleared. */
export function SettingsScreen({ route }: { readonly route: Route }) {
  const { t, language } = useT();
  const rate = useStore(settingsStore, (s) => s.speechRate);
  useStore(speechStore, (s) => s.voicesVersion);
  const persisted = useLive(persistenceState, []);
  const use = useLive(storageUse, []);
  const megabytes = (bytes: number) => String(Math.max(0.1, Math.round(bytes / 1e5) / 10)).replace('.', language === 'en' ? '.' : ',');

  return (
    <AppScreen route={route} title={t('settings.title')}>
      <LanguagePicker />
      <Section title={t('settings.speech')} pictogram="read-aloud">
        <ChoiceTiles
          legend={t('settings.rate')}
          legendPictogram="time"
          name="speech-rate"
          value={rate}
          onChange={(value) => void setSpeechRate(value).catch(reportError)}
          choices={[
            { value: 'slow', label: t('settings.rateSlow'), pictogram: 'rate-slow' },
            { value: 'normal', label: t('settings.rateNormal'), pictogram: 'rate-normal' },
            { value: 'fast', label: t('settings.rateFast'), pictogram: 'rate-fast' },
          ]}
        />
        <div class="picture-card picture-card--medium" data-card>
          <Pictogram id="read-aloud" size={72} />
          <div class="picture-card__body">
            <Say class="picture-card__text" text={t('settings.sample')} />
          </div>
          <SpeakButton label={t('settings.testVoice')} scope="[data-card]" />
        </div>
        {hasVoice(language) ? (
          <Notice pictogram="read-aloud" tone="success" text={t('settings.voiceFound')} />
        ) : (
          <Notice pictogram="no-voice" tone="warning" text={t('settings.voiceMissing')} />
        )}
      </Section>
      <Section title={t('settings.storage')} pictogram="storage">
        {persisted === undefined ? null : persisted === 'granted' ? (
          <Notice pictogram="done" tone="success" text={t('settings.persisted')} />
        ) : (
          <Notice pictogram="storage" tone="warning" text={t('settings.notPersisted')} />
        )}
        {use ? (
          <p>
            <Say text={t('settings.used', { used: megabytes(use.usedBytes), quota: megabytes(use.quotaBytes) })} />
          </p>
        ) : null}
      </Section>
    </AppScreen>
  );
}
