// The documents' texts in the UI language, from the app's i18next (tests use the same function).
import { currentLanguage, t, tContent } from '../../i18n/i18n';
import type { DocumentTexts } from './types';

export function documentTexts(): DocumentTexts {
  return {
    language: currentLanguage(),
    // Document keys are built at run time, so they are plain strings here (tests check the locales).
    t: (key, values) => t(key as never, values as never) as unknown as string,
    tContent: (key, values) => tContent(key, values),
  };
}
