import { meetings } from './meetings';
import type { ExerciseOf, Meeting } from './types';

/** The exercise whose agreed statements become the group's rules (meeting 2, "Yhtä mieltä?"). */
export function rulesExercise(): { exercise: ExerciseOf<'statementVote'>; meeting: Meeting } {
  for (const meeting of meetings) {
    for (const exercise of meeting.exercises) {
      if (exercise.kind === 'statementVote' && exercise.config.outcome === 'rules') return { exercise, meeting };
    }
  }
  throw new Error('The content has no exercise that makes rules');
}

/** The exercises whose winning card becomes the group's goal (meeting 4, "Ideariihi"). */
export function goalExerciseIds(): string[] {
  return meetings.flatMap((m) => m.exercises.flatMap((e) => (e.kind === 'cardBoard' && e.config.outcome === 'goal' ? [e.id] : [])));
}
