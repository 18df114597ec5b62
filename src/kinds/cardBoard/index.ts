import type { KindDefinition } from '../types';
import { boardProgress, cardSchema, dotSchema, dotsDoneSchema, goalSchema, hiddenSchema, pileSchema } from './model';

export const cardBoardKind: KindDefinition<'cardBoard'> = {
  loadView: () => import('./View'),
  entrySchemas: { card: cardSchema, hidden: hiddenSchema, pile: pileSchema, dot: dotSchema, dotsDone: dotsDoneSchema, goal: goalSchema },
  progress: (exercise, entries) => boardProgress(exercise.config, entries),
};
