// The rows of an import's preview: what a support person recognises, not how tables are stored —
// memos apart from other answers, photos apart from voice notes.
import { noCounts, type MergeCounts } from '../merge';
import type { SyncFields } from '../records';
import type { PayloadTable } from './format';

export const reportKinds = ['groups', 'people', 'meetings', 'entries', 'memos', 'photos', 'voices', 'recordings'] as const;
export type ReportKind = (typeof reportKinds)[number];
export type MergeReport = Readonly<Record<ReportKind, MergeCounts>>;

/** The memo kind's answer type (kinds/memo/model.ts `memoType`; a unit test keeps the two equal). */
export const memoEntryType = 'memo';

/** The own-voice recording's answer type (domain/ownVoices.ts `recordingType`; a unit test keeps the two equal). */
export const recordingEntryType = 'recording';

export const emptyReport = (): Record<ReportKind, MergeCounts> =>
  Object.fromEntries(reportKinds.map((kind) => [kind, noCounts()])) as Record<ReportKind, MergeCounts>;

/** The preview row a record from the file is counted in. */
export function reportKindOf(table: PayloadTable, record: SyncFields): ReportKind {
  if (table === 'entries') {
    const type = (record as SyncFields & { type?: unknown }).type;
    return type === memoEntryType ? 'memos' : type === recordingEntryType ? 'recordings' : 'entries';
  }
  if (table === 'media') return (record as SyncFields & { mediaType?: unknown }).mediaType === 'voice' ? 'voices' : 'photos';
  return table;
}
