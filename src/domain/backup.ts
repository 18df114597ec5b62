// When to remind a support person to export the group: there are changes that are in no file yet,
// and a meeting was held since the last export, or a week has passed.
import type { ExportMark } from './exportMark';

export interface BackupState {
  readonly lastExport: ExportMark | null;
  /** The newest change to the group's records (clock stamp), or null for an empty group. */
  readonly latestChange: string | null;
  /** The last day a meeting was marked held (YYYY-MM-DD). */
  readonly lastHeldDay: string | null;
  /** Today (YYYY-MM-DD). */
  readonly today: string;
}

const dayNumber = (isoDay: string): number => Math.floor(Date.parse(`${isoDay}T00:00:00Z`) / 86_400_000);

/** True when the group page should suggest an export. */
export function shouldSuggestBackup({ lastExport, latestChange, lastHeldDay, today }: BackupState): boolean {
  if (latestChange === null) return false;
  if (lastExport && latestChange <= lastExport.stamp) return false;
  const exportDay = lastExport?.at.slice(0, 10) ?? null;
  const meetingSinceExport = lastHeldDay !== null && (exportDay === null || lastHeldDay >= exportDay);
  const weekSinceExport = exportDay !== null && dayNumber(today) - dayNumber(exportDay) >= 7;
  return meetingSinceExport || weekSinceExport;
}
