import { useT } from '../../i18n/useT';
import { hasVoice, voiceNames } from '../../services/speech/speech';
import { saveSetting, settingsStore } from '../../state/settingsStore';
import { speechStore } from '../../state/speechStore';
import { useStore } from '../../state/useStore';
import { ChoiceTiles } from '../../ui/ChoiceTiles';
import { Notice } from '../../ui/Notice';
import { Pictogram } from '../../ui/Pictogram';
import { Say } from '../../ui/Say';
import { Section } from '../../ui/Section';
import { SpeakButton } from '../../ui/SpeakButton';
import { OnOff } from './OnOff';

const bestVoice = '';

/** The reading voice: how fast, which of the device's voices, and a sentence to try it. */
export function SpeechSettings() {
  const { t, language } = useT();
  const rate = useStore(settingsStore, (s) => s.speechRate);
  const voiceName = useStore(settingsStore, (s) => s.voiceName);
  const speakOnTap = useStore(settingsStore, (s) => s.speakOnTap);
  const speakTurns = useStore(settingsStore, (s) => s.speakTurns);
  const voiceSource = useStore(settingsStore, (s) => s.voiceSource);
  const missingVoice = useStore(speechStore, (s) => s.missingVoice);
  useStore(speechStore, (s) => s.voicesVersion);
  const names = voiceNames(language);
  const deviceReads = voiceSource === 'device' && hasVoice(language);
  return (
    <Section title={t('settings.speech')} pictogram="read-aloud">
      <ChoiceTiles
        legend={t('settings.rate')}
        legendPictogram="time"
        name="speech-rate"
        value={rate}
        onChange={(speechRate) => saveSetting({ speechRate })}
        choices={[
          { value: 'slow', label: t('settings.rateSlow'), pictogram: 'rate-slow' },
          { value: 'normal', label: t('settings.rateNormal'), pictogram: 'rate-normal' },
          { value: 'fast', label: t('settings.rateFast'), pictogram: 'rate-fast' },
        ]}
      />
      <ChoiceTiles
        legend={t('settings.voiceSource')}
        legendPictogram="read-aloud"
        name="voice-source"
        value={voiceSource}
        onChange={(source) => saveSetting({ voiceSource: source })}
        choices={[
          { value: 'device', label: t('settings.deviceVoice'), pictogram: 'phone-app' },
          { value: 'own', label: t('settings.ownVoice'), pictogram: 'group' },
        ]}
      />
      <p>
        <Say text={t('settings.voiceSourceHelp')} />
      </p>
      {voiceSource === 'device' && names.length > 1 ? (
        <ChoiceTiles
          legend={t('settings.voice')}
          legendPictogram="read-aloud"
          name="speech-voice"
          compact
          value={voiceName !== null && names.includes(voiceName) ? voiceName : bestVoice}
          onChange={(name) => saveSetting({ voiceName: name === bestVoice ? null : name })}
          choices={[{ value: bestVoice, label: t('settings.bestVoice'), pictogram: 'read-aloud' }, ...names.map((name) => ({ value: name, label: name }))]}
        />
      ) : null}
      <OnOff legend={t('settings.speakOnTap')} pictogram="read-aloud" name="speak-on-tap" isOn={speakOnTap} onChange={(isOn) => saveSetting({ speakOnTap: isOn })} />
      <OnOff legend={t('settings.speakTurns')} pictogram="group" name="speak-turns" isOn={speakTurns} onChange={(isOn) => saveSetting({ speakTurns: isOn })} />
      <div class="picture-card picture-card--medium" data-card>
        <Pictogram id="read-aloud" size={72} />
        <div class="picture-card__body">
          <Say class="picture-card__text" text={t('settings.sample')} />
        </div>
        <SpeakButton label={t('settings.testVoice')} scope="[data-card]" />
      </div>
      {missingVoice?.startsWith(language) ? (
        <Notice pictogram="no-voice" tone="warning" text={t('settings.voiceMissing')} />
      ) : deviceReads ? (
        <Notice pictogram="read-aloud" tone="success" text={t('settings.voiceFound')} />
      ) : (
        <Notice pictogram="read-aloud" tone="success" text={t(voiceSource === 'own' ? 'settings.ownVoiceChosen' : 'settings.ownVoiceUsed')} />
      )}
    </Section>
  );
}
