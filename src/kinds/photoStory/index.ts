import type { KindDefinition } from '../types';
import { storyProgress, storySchema } from './model';

export const photoStoryKind: KindDefinition<'photoStory'> = {
  loadView: () => import('./View'),
  entrySchemas: { story: storySchema },
  progress: (_exercise, entries) => storyProgress(entries),
};
