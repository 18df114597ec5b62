import type { KindViewProps } from '../types';
import { findTask } from './model';
import { NewTask } from './parts/NewTask';
import { TaskEditor } from './parts/TaskEditor';
import { TaskList } from './parts/TaskList';
import { parseTaskStep } from './steps';

/** The task cards (no step), a new task ("new"), or one part of one task ("skills-<key>" …). */
export function View(props: KindViewProps<'taskTable'>) {
  const parsed = parseTaskStep(props.step);
  if (parsed === 'new') return <NewTask {...props} />;
  const task = parsed ? findTask(props.answers.entries, parsed.key) : undefined;
  if (parsed && task) return <TaskEditor key={`${parsed.part}-${task.key}`} {...props} task={task} part={parsed.part} />;
  return <TaskList {...props} />;
}
