import type { Entry, EntryScope } from '../../domain/records';
import type { AnswerWrite, Answers } from '../../kinds/types';
import { reportError } from '../../state/errorStore';
import { offerUndo } from '../../state/undoStore';
import { putEntries, removeEntry, restoreEntry, type EntryAddress } from '../../storage/repositories/entries';
import type { TrackChanges } from './usePendingAnswers';

const untracked: TrackChanges = (_changes, write) => write();

/**
 * Wires an exercise's answers to storage: what a kind's view gets as `answers`. With `track`
 * (usePendingAnswers), each change shows at once, before it is read back from the database.
 */
export function answersFor(groupId: string, meetingId: EntryScope, exerciseId: string, entries: readonly Entry[], track = untracked): Answers {
  const address = (type: string, key: string): EntryAddress => ({ groupId, meetingId, exerciseId, type, key });
  const changesOf = (writes: readonly AnswerWrite[]) => writes.map((w) => ({ address: address(w.type, w.key), data: w.data }));
  const save = (writes: readonly AnswerWrite[]) => putEntries(changesOf(writes));
  const saveTracked = (writes: readonly AnswerWrite[]) => track(changesOf(writes), () => save(writes));
  return {
    entries: entries.filter((e) => e.exerciseId === exerciseId),
    draftKey: `${groupId}/${meetingId}/${exerciseId}`,
    put: (...writes) => saveTracked(writes).catch(reportError),
    putUndoable: async (writes, undo, undoMessage) => {
      try {
        await saveTracked(writes);
        offerUndo({ message: undoMessage, undo: () => save(undo) });
      } catch (error) {
        reportError(error);
      }
    },
    remove: async (type, key, undoMessage) => {
      try {
        await track([{ address: address(type, key), isRemoval: true }], () => removeEntry(address(type, key)));
        offerUndo({ message: undoMessage, undo: () => restoreEntry(address(type, key)) });
      } catch (error) {
        reportError(error);
      }
    },
  };
}
