// Answers written in this tab but not yet read back from the database, laid over the saved ones, so the
// screen shows a tap at once and the next tap starts from it (two quick taps on a picture: on, off).
import { entryId, type Entry } from '../../domain/records';
import type { EntryAddress } from '../../storage/repositories/entries';

/** One write or removal of an answer, as the exercise asked for it. */
export interface AnswerChange {
  readonly address: EntryAddress;
  /** The new data; absent for a removal. */
  readonly data?: unknown;
  readonly isRemoval?: true;
}

export interface PendingChange extends AnswerChange {
  readonly seq: number;
  /**
   * The saved answers as they were when the write was on disk. The change stays laid over until the
   * saved answers are read again after that, so the screen never flickers back to the old answer.
   */
  readonly storedOver?: readonly Entry[] | undefined;
}

/** The saved answers with the pending changes applied in the order they were made. */
export function withPending(saved: readonly Entry[], pending: readonly PendingChange[]): readonly Entry[] {
  if (pending.length === 0) return saved;
  const byId = new Map(saved.map((entry) => [entry.id, entry]));
  for (const change of pending) {
    const { address } = change;
    const id = entryId(address.groupId, address.exerciseId, address.type, address.key);
    if (change.isRemoval) byId.delete(id);
    else byId.set(id, { ...(byId.get(id) ?? { id, ...address, updatedAt: '', deviceId: '', deleted: false }), data: change.data });
  }
  return [...byId.values()];
}

/** The pending changes still needed over these saved answers: a change read back from disk is dropped. */
export const stillPending = (pending: readonly PendingChange[], saved: readonly Entry[] | undefined): readonly PendingChange[] =>
  pending.filter((change) => change.storedOver === undefined || change.storedOver === saved);
