import type { KindDefinition } from '../types';
import { answerCardSchema, fieldNotesProgress } from './model';

export const fieldNotesKind: KindDefinition<'fieldNotes'> = {
  loadView: () => import('./View'),
  entrySchemas: { answer: answerCardSchema },
  progress: (_exercise, entries) => fieldNotesProgress(entries),
};
