import type { KindDefinition } from '../types';
import { canvasCardSchema, canvasProgress, visitedSchema } from './model';

export const canvasKind: KindDefinition<'canvas'> = {
  loadView: () => import('./View'),
  entrySchemas: { card: canvasCardSchema, visited: visitedSchema },
  progress: (exercise, entries) => canvasProgress(exercise.config, entries),
};
