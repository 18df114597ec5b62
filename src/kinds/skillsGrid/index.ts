import type { KindDefinition } from '../types';
import { hasSchema, ownSkillSchema, skillsProgress } from './model';

export const skillsGridKind: KindDefinition<'skillsGrid'> = {
  loadView: () => import('./View'),
  entrySchemas: { has: hasSchema, own: ownSkillSchema },
  progress: (_exercise, entries) => skillsProgress(entries),
};
