import { formatDay, formatTime } from '../../domain/dates';
import type { useT } from '../../i18n/useT';

type T = ReturnType<typeof useT>['t'];

/** "Next time we meet on Tuesday 1.12.2026 at 14 in the library." */
export function nextText(next: { readonly day: string; readonly time: string; readonly place: string }, language: string, t: T): string {
  const day = formatDay(next.day, language);
  if (next.time && next.place) return t('diary.nextFull', { day, time: formatTime(next.time, language), place: next.place });
  if (next.time) return t('diary.nextTime', { day, time: formatTime(next.time, language) });
  if (next.place) return t('diary.nextPlace', { day, place: next.place });
  return t('diary.nextDay', { day });
}
