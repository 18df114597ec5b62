import type { KindDefinition } from '../types';
import { certificateProgress, partSchema, readySchema } from './model';

export const certificateKind: KindDefinition<'certificate'> = {
  loadView: () => import('./View'),
  entrySchemas: { field: partSchema, ready: readySchema },
  progress: (_exercise, entries) => certificateProgress(entries),
};
