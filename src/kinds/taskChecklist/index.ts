import { tickSchema } from '../checklist/model';
import type { KindDefinition } from '../types';
import { statusSchema, taskChecklistProgress } from './model';

export const taskChecklistKind: KindDefinition<'taskChecklist'> = {
  loadView: () => import('./View'),
  entrySchemas: { tick: tickSchema, status: statusSchema },
  progress: (_exercise, entries) => taskChecklistProgress(entries),
};
