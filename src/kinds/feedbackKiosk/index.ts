import type { KindDefinition } from '../types';
import { feedbackProgress, responseSchema, responseType } from './model';

export const feedbackKioskKind: KindDefinition<'feedbackKiosk'> = {
  loadView: () => import('./View'),
  entrySchemas: { [responseType]: responseSchema },
  progress: (_exercise, entries) => feedbackProgress(entries),
};
