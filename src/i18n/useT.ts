import { useEffect, useState } from 'preact/hooks';
import { currentLanguage, onLanguageChanged, t, tContent, tHelp, tLibrary } from './i18n';

/** The translate functions; the component renders again when the language changes. */
export function useT() {
  const [language, setLanguage] = useState(currentLanguage);
  useEffect(() => onLanguageChanged(() => setLanguage(currentLanguage())), []);
  return { t, tContent, tHelp, tLibrary, language };
}
