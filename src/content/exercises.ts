// Helpers that keep exercise data short and its text keys uniform: exercises.<id>.title etc.
import type { PictogramId } from './pictogramId';
import type { ExerciseOf, KindConfigs, KindName, PictureText } from './types';

type Planned = { [K in KindName]: KindConfigs[K] extends Record<never, never> ? K : never }[KindName];

export function exercise<K extends KindName>(
  id: string,
  kind: K,
  pictogram: PictogramId,
  config: KindConfigs[K],
): ExerciseOf<K> {
  return { id, kind, pictogram, titleKey: `exercises.${id}.title`, config };
}

/** An exercise whose kind is not built yet: it is listed, and shows a "coming soon" card. */
export function planned<K extends Planned>(id: string, kind: K, pictogram: PictogramId): ExerciseOf<K> {
  return exercise(id, kind, pictogram, {} as KindConfigs[K]);
}

/** The mood check-in "Mitä sinulle kuuluu?", usable at the start of every meeting. */
export const checkIn = (meeting: string) => planned(`${meeting}-check-in`, 'moodCheckIn', 'check-in');

/** A picture + text row whose text key lives under the exercise: exercises.<exercise>.<id>. */
export function paragraph(exerciseId: string, id: string, pictogram: PictogramId): PictureText {
  return { id, textKey: `exercises.${exerciseId}.${id}`, pictogram };
}
