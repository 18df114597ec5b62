// Import, step two: what the file would change (preview), and the merge itself, in one transaction.
import type { ImportError } from '../../domain/transfer/errors';
import { problemOf } from '../../state/errorStore';
import { applyMerge, ForeignRecordsError, previewMerge, type MergeReport, type Sender } from '../../storage/transfer';
import type { GroupFile } from './readGroupFile';

export type MergeOutcome = { readonly ok: true; readonly report: MergeReport } | { readonly ok: false; readonly error: ImportError };

function importError(error: unknown): ImportError {
  // Records that claim to be another group's: a damaged or hand-made file, refused as a whole.
  if (error instanceof ForeignRecordsError) return { kind: 'invalidRecords', count: error.count };
  return { kind: problemOf(error) === 'storageFull' ? 'storageFull' : 'saveFailed' };
}

const senderOf = (file: GroupFile): Sender => ({ deviceId: file.exportedBy, clock: file.exportClock });

export async function previewGroupFile(file: GroupFile): Promise<MergeOutcome> {
  try {
    return { ok: true, report: await previewMerge(file.records, senderOf(file)) };
  } catch (error) {
    return { ok: false, error: importError(error) };
  }
}

/** Merges the file; on any failure the transaction is rolled back and nothing has changed. */
export async function mergeGroupFile(file: GroupFile): Promise<MergeOutcome> {
  try {
    return { ok: true, report: await applyMerge(file.records, senderOf(file)) };
  } catch (error) {
    return { ok: false, error: importError(error) };
  }
}
