import type { KindDefinition } from '../types';
import { choiceProgress, choiceSchema, ownOptionSchema } from './model';

export const choiceBoardKind: KindDefinition<'choiceBoard'> = {
  loadView: () => import('./View'),
  entrySchemas: { choice: choiceSchema, own: ownOptionSchema },
  progress: (_exercise, entries) => choiceProgress(entries),
};
