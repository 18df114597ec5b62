import type { KindDefinition } from '../types';
import { deckProgress, drawnSchema } from './model';

export const cardDeckKind: KindDefinition<'cardDeck'> = {
  loadView: () => import('./View'),
  entrySchemas: { drawn: drawnSchema },
  progress: (_exercise, entries) => deckProgress(entries),
};
