import type { KindDefinition } from '../types';
import { doerSchema, helperSchema, needSchema, taskSchema, taskTableProgress } from './model';

export const taskTableKind: KindDefinition<'taskTable'> = {
  loadView: () => import('./View'),
  entrySchemas: { task: taskSchema, need: needSchema, doer: doerSchema, helper: helperSchema },
  progress: (_exercise, entries) => taskTableProgress(entries),
};
