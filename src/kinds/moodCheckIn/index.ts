import type { KindDefinition } from '../types';
import { moodProgress, moodSchema } from './model';

export const moodCheckInKind: KindDefinition<'moodCheckIn'> = {
  loadView: () => import('./View'),
  entrySchemas: { mood: moodSchema },
  progress: (_exercise, entries) => moodProgress(entries),
};
