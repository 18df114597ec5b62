// How a saved task is shown: the group's own words, or its ready task's words in the reader's language.
import { findExercise } from '../../content/lookup';
import type { PictogramId } from '../../content/pictogramId';
import type { Task } from './model';

export interface TaskLook {
  /** The group's own words, when it wrote or changed them. */
  readonly text?: string;
  /** Otherwise the ready task's text key. */
  readonly textKey?: string;
  readonly pictogram: PictogramId;
}

export function taskLook(task: Task): TaskLook {
  const found = findExercise(task.exerciseId);
  const suggestions = found?.exercise.kind === 'taskTable' ? found.exercise.config.suggestions : [];
  const suggestion = suggestions.find((s) => s.id === task.suggestionId);
  const pictogram = suggestion?.pictogram ?? 'tasks';
  if (task.text) return { text: task.text, pictogram };
  return suggestion ? { textKey: suggestion.textKey, pictogram } : { text: '', pictogram };
}

/** The task's words in the reader's language. */
export function taskText(look: TaskLook, tContent: (key: string) => string): string {
  return look.text ?? (look.textKey ? tContent(look.textKey) : '');
}
