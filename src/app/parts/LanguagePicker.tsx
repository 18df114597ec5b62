import { languages } from '../../i18n/i18n';
import { languageNames } from '../../i18n/languageNames';
import { useT } from '../../i18n/useT';
import { setLanguage } from '../../state/settingsStore';
import { reportError } from '../../state/errorStore';
import { BigButton } from '../../ui/BigButton';
import { Section } from '../../ui/Section';
import { SpeakButton } from '../../ui/SpeakButton';

/** Language by its own name, each with a speaker that says the name in that language. */
export function LanguagePicker() {
  const { t, language } = useT();
  return (
    <Section title={t('language.title')} pictogram="language">
      <div class="language-grid">
        {languages.map((lng) => (
          <div key={lng} class="language-option" lang={lng} data-card>
            <BigButton
              pictogram="language"
              label={languageNames[lng].name}
              pressed={language === lng}
              onClick={() => void setLanguage(lng).catch(reportError)}
            />
            <SpeakButton label={languageNames[lng].listen} scope="[data-card]" />
          </div>
        ))}
      </div>
    </Section>
  );
}
