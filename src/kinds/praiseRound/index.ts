import type { KindDefinition } from '../types';
import { praiseProgress, praiseSchema } from './model';

export const praiseRoundKind: KindDefinition<'praiseRound'> = {
  loadView: () => import('./View'),
  entrySchemas: { praise: praiseSchema },
  progress: (_exercise, entries) => praiseProgress(entries),
};
