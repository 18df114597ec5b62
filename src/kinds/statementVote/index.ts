import type { KindDefinition } from '../types';
import { ruleSchema, statementVoteProgress, voteSchema } from './model';

export const statementVoteKind: KindDefinition<'statementVote'> = {
  loadView: () => import('./View'),
  entrySchemas: { vote: voteSchema, rule: ruleSchema },
  progress: (exercise, entries) => statementVoteProgress(exercise.config, entries),
};
