import { readPartners } from '../../domain/partners';
import type { Person } from '../../domain/records';
import type { TodoPeople } from '../../kinds/shared/TodoRow';
import { doneWrite, gatherTodos, todoSourceIds, todosExerciseId, type Todo } from '../../kinds/shared/todos';
import { listEntriesOfExercises, putEntry } from '../../storage/repositories/entries';
import { listMeetingRecords } from '../../storage/repositories/meetings';
import { listMembers } from '../../storage/repositories/people';
import { reportError } from '../../state/errorStore';
import { offerUndo } from '../../state/undoStore';
import { useLive } from '../hooks/useLive';

export interface GroupTodos {
  readonly todos: readonly Todo[];
  readonly people: TodoPeople;
  readonly members: readonly Person[];
  /** Ticks the job done, or open again, and offers undo. */
  readonly toggle: (todo: Todo, undo: { readonly message: string; readonly label: string }) => Promise<void>;
}

/** The group's jobs, read live from the memos, agreements and task table, with their ticks. */
export function useTodos(groupId: string): GroupTodos | undefined {
  const entries = useLive(() => listEntriesOfExercises(groupId, todoSourceIds), [groupId]);
  const records = useLive(() => listMeetingRecords(groupId), [groupId]);
  const members = useLive(() => listMembers(groupId), [groupId]);
  if (!entries || !records || !members) return undefined;
  const heldOn = new Map(records.flatMap((r) => (r.heldOn && !r.deleted ? [[r.meetingId, r.heldOn] as const] : [])));
  const save = (todoId: string, isDone: boolean) => {
    const { type, key, data } = doneWrite(todoId, isDone);
    return putEntry({ groupId, meetingId: 'group', exerciseId: todosExerciseId, type, key }, data);
  };
  return {
    todos: gatherTodos(entries, heldOn),
    people: { members: new Map(members.map((m) => [m.id, m])), partners: new Map(readPartners(entries).map((p) => [p.key, p])) },
    members,
    toggle: async (todo, undo) => {
      try {
        await save(todo.id, !todo.done);
        offerUndo({ ...undo, undo: () => save(todo.id, todo.done) });
      } catch (error) {
        reportError(error);
      }
    },
  };
}
