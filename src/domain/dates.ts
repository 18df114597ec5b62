// Days written out plainly in the reader's language (easy-read: "tiistaina 1.12.2026").
const locales: Readonly<Record<string, string>> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** "tiistaina 1.12.2026": a day written out plainly, in the UI language. */
export function formatDay(isoDay: string, language: string): string {
  const date = new Date(`${isoDay}T12:00:00`);
  if (Number.isNaN(date.getTime())) return isoDay;
  return new Intl.DateTimeFormat(locales[language] ?? 'fi-FI', { weekday: 'long', day: 'numeric', month: 'numeric', year: 'numeric' }).format(date);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Today as YYYY-MM-DD in local time. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "13" or "13.30" in Finnish and Swedish (kello 13), "13:30" in English; anything else as it is. */
export function formatTime(hhmm: string, language: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!match) return hhmm;
  const [, hours = '', minutes = ''] = match;
  if (language === 'en') return `${hours.padStart(2, '0')}:${minutes}`;
  return minutes === '00' ? String(Number(hours)) : `${Number(hours)}.${minutes}`;
}
