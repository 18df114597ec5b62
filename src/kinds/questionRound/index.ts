import type { KindDefinition } from '../types';
import { answerSchema, roundProgress } from './model';

export const questionRoundKind: KindDefinition<'questionRound'> = {
  loadView: () => import('./View'),
  entrySchemas: { answer: answerSchema },
  progress: (exercise, entries) => roundProgress(exercise.config, entries),
};
