import { readPartners } from '../../domain/partners';
import type { Person } from '../../domain/records';
import type { TodoPeople } from '../../kinds/shared/TodoRow';
import { doneWrite, gatherTodos, todoSourceIds, todosExerciseId, type Todo } from '../../kinds/shared/todos';
import { listEntriesOfExercises } from '../../storage/repositories/entries';
import { listMeetingRecords } from '../../storage/repositories/meetings';
import { listMembers } from '../../storage/repositories/people';
import { answersFor } from '../hooks/answersFor';
import { useLive } from '../hooks/useLive';

export interface GroupTodos {
  readonly todos: readonly Todo[];
  readonly people: TodoPeople;
  readonly members: readonly Person[];
  /** Ticks the job done, or open again, and offers undo. */
  readonly toggle: (todo: Todo, undoMessage: string) => Promise<void>;
}

/** The group's jobs, read live from the memos, agreements and task table, with their ticks. */
export function useTodos(groupId: string): GroupTodos | undefined {
  const entries = useLive(() => listEntriesOfExercises(groupId, todoSourceIds), [groupId]);
  const records = useLive(() => listMeetingRecords(groupId), [groupId]);
  const members = useLive(() => listMembers(groupId), [groupId]);
  if (!entries || !records || !members) return undefined;
  const heldOn = new Map(records.flatMap((r) => (r.heldOn && !r.deleted ? [[r.meetingId, r.heldOn] as const] : [])));
  const answers = answersFor(groupId, 'group', todosExerciseId, entries);
  return {
    todos: gatherTodos(entries, heldOn),
    people: { members: new Map(members.map((m) => [m.id, m])), partners: new Map(readPartners(entries).map((p) => [p.key, p])) },
    members,
    toggle: (todo, undoMessage) => answers.putUndoable([doneWrite(todo.id, !todo.done)], [doneWrite(todo.id, todo.done)], undoMessage),
  };
}
