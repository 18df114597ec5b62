import type { KindDefinition } from '../types';
import { memoProgress, memoSchema } from './model';

export const memoKind: KindDefinition<'memo'> = {
  loadView: () => import('./View'),
  entrySchemas: { memo: memoSchema },
  progress: (_exercise, entries) => memoProgress(entries),
};
