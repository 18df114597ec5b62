import type { KindDefinition } from '../types';
import { helperSchema, noteSchema, situationProgress, situationSchema, tickSchema } from './model';

export const situationCardsKind: KindDefinition<'situationCards'> = {
  loadView: () => import('./View'),
  entrySchemas: { situation: situationSchema, note: noteSchema, helper: helperSchema, tick: tickSchema },
  progress: (exercise, entries) => situationProgress(exercise.config, entries),
};
