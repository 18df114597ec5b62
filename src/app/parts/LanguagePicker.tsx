import type { PictogramId } from '../../content/pictogramId';
import { languages, type Language } from '../../i18n/i18n';
import { languageNames } from '../../i18n/languageNames';
import { useT } from '../../i18n/useT';
import { setLanguage } from '../../state/settingsStore';
import { reportError } from '../../state/errorStore';
import { BigButton } from '../../ui/BigButton';
import { Section } from '../../ui/Section';
import { SpeakButton } from '../../ui/SpeakButton';

// Each language its own picture, so the three buttons do not look alike (Fluent Emoji has no
// country flags, and flags are not languages): a sauna for Finnish, the three crowns for Swedish,
// a royal guard for English. The name in the language itself and its speaker say the rest.
const pictogramOf: Readonly<Record<Language, PictogramId>> = { fi: 'language-fi', sv: 'language-sv', en: 'language-en' };

/** Language by its own name, each with a speaker that says the name in that language. */
export function LanguagePicker() {
  const { t, language } = useT();
  return (
    <Section title={t('language.title')} pictogram="language">
      <div class="language-grid">
        {languages.map((lng) => (
          <div key={lng} class="language-option" lang={lng} data-card>
            <BigButton
              pictogram={pictogramOf[lng]}
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
