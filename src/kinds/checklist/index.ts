import type { KindDefinition } from '../types';
import { checklistProgress, tickSchema } from './model';

export const checklistKind: KindDefinition<'checklist'> = {
  loadView: () => import('./View'),
  entrySchemas: { tick: tickSchema },
  progress: (exercise, entries) => checklistProgress(exercise.config, entries),
};
