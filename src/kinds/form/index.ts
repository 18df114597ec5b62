import type { KindDefinition } from '../types';
import { fieldSchema, formProgress } from './model';

export const formKind: KindDefinition<'form'> = {
  loadView: () => import('./View'),
  entrySchemas: { field: fieldSchema },
  progress: (exercise, entries) => formProgress(exercise.config, entries),
};
