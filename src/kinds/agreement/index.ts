import type { KindDefinition } from '../types';
import { agreementProgress, agreementSchema, agreementType } from './model';

export const agreementKind: KindDefinition<'agreement'> = {
  loadView: () => import('./View'),
  entrySchemas: { [agreementType]: agreementSchema },
  progress: (_exercise, entries) => agreementProgress(entries),
};
