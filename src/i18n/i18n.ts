// i18next setup. Finnish is the master locale and the fallback; other languages load on demand.
import i18next from 'i18next';

export const languages = ['fi', 'sv', 'en'] as const;
export type Language = (typeof languages)[number];
/** Loaded at start. */
export const namespaces = ['common', 'content', 'help'] as const;
/** Loaded when a screen first needs them (the support persons' library is long and rarely opened). */
export const lazyNamespaces = ['library'] as const;
export type LazyNamespace = (typeof lazyNamespaces)[number];
const usedLazyNamespaces = new Set<LazyNamespace>();

type LocaleFile = Record<string, unknown>;
const loaders = import.meta.glob<LocaleFile>('../../locales/*/*.json', { import: 'default' });

const fetched = new Map<string, Promise<LocaleFile>>();

function fetchFile(language: Language, ns: string): Promise<LocaleFile> {
  const path = `../../locales/${language}/${ns}.json`;
  let file = fetched.get(path);
  if (!file) {
    const load = loaders[path];
    file = load ? load() : Promise.reject(new Error(`Missing locale file ${language}/${ns}.json`));
    fetched.set(path, file);
  }
  return file;
}

/** Starts downloading a language's texts (once); `loadLanguage` then finds them on their way. */
export function preloadLanguage(language: Language): Promise<LocaleFile[]> {
  return Promise.all(namespaces.map((ns) => fetchFile(language, ns)));
}

async function addBundles(language: Language, list: readonly string[]): Promise<void> {
  const files = await Promise.all(list.map((ns) => fetchFile(language, ns)));
  list.forEach((ns, i) => {
    if (!i18next.hasResourceBundle(language, ns)) i18next.addResourceBundle(language, ns, files[i] ?? {});
  });
}

async function loadLanguage(language: Language): Promise<void> {
  await addBundles(language, [...namespaces, ...usedLazyNamespaces]);
}

/** Loads a namespace some screens need, in Finnish (the fallback) and the current language. */
export async function loadNamespace(ns: LazyNamespace): Promise<void> {
  usedLazyNamespaces.add(ns);
  const language = currentLanguage();
  await Promise.all([addBundles('fi', [ns]), language === 'fi' ? null : addBundles(language, [ns])]);
}

export const isNamespaceLoaded = (ns: LazyNamespace): boolean => i18next.hasResourceBundle(currentLanguage(), ns) && i18next.hasResourceBundle('fi', ns);

export interface I18nOptions {
  /** Called for a key that no locale has (tests make this throw). */
  readonly onMissingKey?: (language: string, key: string) => void;
}

export async function initI18n(language: Language, options: I18nOptions = {}): Promise<void> {
  const { onMissingKey } = options;
  await i18next.init({
    lng: language,
    fallbackLng: 'fi',
    ns: [...namespaces],
    defaultNS: 'common',
    resources: {},
    partialBundledLanguages: true,
    // Preact escapes every text it renders; escaping here would show &amp; on screen.
    interpolation: { escapeValue: false },
    saveMissing: onMissingKey !== undefined,
    ...(onMissingKey ? { missingKeyHandler: (lngs: readonly string[], ns: string, key: string) => onMissingKey(lngs.join(','), `${ns}:${key}`) } : {}),
  });
  await loadLanguage('fi');
  if (language !== 'fi') await loadLanguage(language);
  markDocumentLanguage(language);
}

/** Screen readers and speech read the page in this language. */
function markDocumentLanguage(language: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

export async function changeLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  await i18next.changeLanguage(language);
  markDocumentLanguage(language);
}

export function currentLanguage(): Language {
  const lng = i18next.resolvedLanguage ?? i18next.language;
  return (languages as readonly string[]).includes(lng) ? (lng as Language) : 'fi';
}

/** A text of the app's own screens (locales/<lng>/common.json). */
export const t = i18next.t.bind(i18next);

/** A text of the method's content (locales/<lng>/content.json); keys come from src/content. */
export function tContent(key: string, values?: Record<string, string | number>): string {
  return i18next.t(key as never, { ns: 'content', ...values });
}

/** A text of the support persons' library (locales/<lng>/library.json); load it with loadNamespace first. */
export function tLibrary(key: string): string {
  return i18next.t(key as never, { ns: 'library' });
}

/** A help text (locales/<lng>/help.json). */
export function tHelp(key: string): string {
  return i18next.t(key as never, { ns: 'help' });
}

export function onLanguageChanged(listener: () => void): () => void {
  i18next.on('languageChanged', listener);
  return () => i18next.off('languageChanged', listener);
}
