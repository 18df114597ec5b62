// Import, step two: what the file would change (preview), and the merge itself, in one transaction.
import type { ImportError } from '../../domain/transfer/errors';
import { problemOf } from '../../state/errorStore';
import { applyMerge, previewMerge, type MergeReport } from '../../storage/transfer';
import type { GroupFile } from './readGroupFile';

export type MergeOutcome = { readonly ok: true; readonly report: MergeReport } | { readonly ok: false; readonly error: ImportError };

const storageError = (error: unknown): ImportError => ({ kind: problemOf(error) === 'storageFull' ? 'storageFull' : 'saveFailed' });

export async function previewGroupFile(file: GroupFile): Promise<MergeOutcome> {
  try {
    return { ok: true, report: await previewMerge(file.records) };
  } catch (error) {
    return { ok: false, error: storageError(error) };
  }
}

/** Merges the file; on any failure the transaction is rolled back and nothing has changed. */
export async function mergeGroupFile(file: GroupFile): Promise<MergeOutcome> {
  try {
    return { ok: true, report: await applyMerge(file.records) };
  } catch (error) {
    return { ok: false, error: storageError(error) };
  }
}
