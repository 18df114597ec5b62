import type { Language } from './i18n';

/** Each language's name in itself (flags are not languages), and "listen" in it. */
export const languageNames: Readonly<Record<Language, { readonly name: string; readonly listen: string }>> = {
  fi: { name: 'Suomi', listen: 'Kuuntele' },
  sv: { name: 'Svenska', listen: 'Lyssna' },
  en: { name: 'English', listen: 'Listen' },
};
