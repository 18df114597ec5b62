import type { Entry, EntryScope } from '../../domain/records';
import type { AnswerWrite, Answers } from '../../kinds/types';
import { reportError } from '../../state/errorStore';
import { offerUndo } from '../../state/undoStore';
import { putEntries, removeEntry, restoreEntry, type EntryAddress } from '../../storage/repositories/entries';

/** Wires an exercise's answers to storage: what a kind's view gets as `answers`. */
export function answersFor(groupId: string, meetingId: EntryScope, exerciseId: string, entries: readonly Entry[]): Answers {
  const address = (type: string, key: string): EntryAddress => ({ groupId, meetingId, exerciseId, type, key });
  const save = (writes: readonly AnswerWrite[]) => putEntries(writes.map((w) => ({ address: address(w.type, w.key), data: w.data })));
  return {
    entries: entries.filter((e) => e.exerciseId === exerciseId),
    draftKey: `${groupId}/${meetingId}/${exerciseId}`,
    put: (...writes) => save(writes).catch(reportError),
    putUndoable: async (writes, undo, undoMessage) => {
      try {
        await save(writes);
        offerUndo({ message: undoMessage, undo: () => save(undo) });
      } catch (error) {
        reportError(error);
      }
    },
    remove: async (type, key, undoMessage) => {
      try {
        await removeEntry(address(type, key));
        offerUndo({ message: undoMessage, undo: () => restoreEntry(address(type, key)) });
      } catch (error) {
        reportError(error);
      }
    },
  };
}
