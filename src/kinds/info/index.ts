import type { KindDefinition } from '../types';
import { infoProgress, seenSchema } from './model';

export const infoKind: KindDefinition<'info'> = {
  loadView: () => import('./View'),
  entrySchemas: { seen: seenSchema },
  progress: (_exercise, entries) => infoProgress(entries),
};
