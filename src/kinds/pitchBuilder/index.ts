import type { KindDefinition } from '../types';
import { pitchAnswerSchema, pitchAnswerType, pitchProgress } from './model';

export const pitchBuilderKind: KindDefinition<'pitchBuilder'> = {
  loadView: () => import('./View'),
  entrySchemas: { [pitchAnswerType]: pitchAnswerSchema },
  progress: (exercise, entries) => pitchProgress(exercise.config, entries),
};
