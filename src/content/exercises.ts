// Helpers that keep exercise data short and its text keys uniform: exercises.<id>.title etc.
import type { PictogramId } from './pictogramId';
import { todoSourceIds } from './todos';
import type { ExerciseOf, KindConfigs, KindName, MoodCheckInConfig, PictureText } from './types';

// Only kinds whose config has nothing in it (not built yet) can be listed without a config.
type Planned = { [K in KindName]: Record<never, never> extends KindConfigs[K] ? K : never }[KindName];

export function exercise<K extends KindName>(
  id: string,
  kind: K,
  pictogram: PictogramId,
  config: KindConfigs[K],
  sources?: readonly string[],
): ExerciseOf<K> {
  return { id, kind, pictogram, titleKey: `exercises.${id}.title`, config, ...(sources ? { sources } : {}) };
}

/** An exercise whose kind is not built yet: it is listed, and shows a "coming soon" card. */
export function planned<K extends Planned>(id: string, kind: K, pictogram: PictogramId): ExerciseOf<K> {
  return exercise(id, kind, pictogram, {} as KindConfigs[K]);
}

/** A picture + text row whose text key lives under the exercise: exercises.<exercise>.<id>. */
export function paragraph(exerciseId: string, id: string, pictogram: PictogramId): PictureText {
  return { id, textKey: `exercises.${exerciseId}.${id}`, pictogram };
}

/** Rows that share a key prefix: rows('moods', ['great', 'mood-great'], …) → moods.great … */
export function rows(prefix: string, items: readonly (readonly [string, PictogramId])[]): PictureText[] {
  return items.map(([id, pictogram]) => ({ id, textKey: `${prefix}.${id}`, pictogram }));
}

const checkInConfig: MoodCheckInConfig = {
  questionKey: 'checkIn.question',
  options: rows('checkIn.moods', [
    ['great', 'mood-great'],
    ['good', 'mood-good'],
    ['okay', 'mood-okay'],
    ['tired', 'mood-tired'],
    ['sad', 'mood-sad'],
    ['nervous', 'mood-nervous'],
    ['annoyed', 'mood-annoyed'],
  ]),
};

/** The check-in "Mitä sinulle kuuluu?" at the start of every meeting; each round is its own. It reads the
 * group's jobs (content/todos.ts): the open ones agreed in earlier meetings are read first ("Viime kerralla sovimme…"). */
export function checkIn(meeting: string): ExerciseOf<'moodCheckIn'> {
  return { ...exercise(`${meeting}-check-in`, 'moodCheckIn', 'check-in', checkInConfig, todoSourceIds), titleKey: 'checkIn.title' };
}
