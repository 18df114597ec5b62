import type { Language } from '../../i18n/i18n';

const locales: Readonly<Record<Language, string>> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** "tiistai 1.12.2026": a day written out plainly, in the UI language. */
export function formatDay(isoDay: string, language: Language): string {
  const date = new Date(`${isoDay}T12:00:00`);
  if (Number.isNaN(date.getTime())) return isoDay;
  return new Intl.DateTimeFormat(locales[language], { weekday: 'long', day: 'numeric', month: 'numeric', year: 'numeric' }).format(date);
}

/** Today as YYYY-MM-DD in local time. */
const pad = (n: number) => String(n).padStart(2, '0');

export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
