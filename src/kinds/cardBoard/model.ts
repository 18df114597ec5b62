// Card board: cards (with pictures, words, photo or voice), piles of similar cards, a dot vote and
// the goal. The parts live in cards.ts, piles.ts, dots.ts and goal.ts; this is what the kind exposes.
import type { CardBoardConfig } from '../../content/types';
import type { Entry } from '../../domain/records';
import type { Progress } from '../types';
import { boardCards } from './cards';
import { readGoal } from './goal';

export * from './cards';
export * from './cardWords';
export * from './dots';
export * from './goal';
export * from './piles';

/** The board's steps, in order; only those the board uses. */
export type BoardStep = 'cards' | 'piles' | 'talk' | 'vote' | 'result';

export function boardSteps(config: CardBoardConfig): BoardStep[] {
  return [
    'cards',
    ...(config.hasPiles ? (['piles'] as const) : []),
    ...(config.discussion.length > 0 ? (['talk'] as const) : []),
    ...(config.dotsPerMember > 0 ? (['vote', 'result'] as const) : []),
  ];
}

export function boardProgress(config: CardBoardConfig, entries: readonly Entry[]): Progress {
  if (config.outcome === 'goal' && readGoal(entries)) return 'done';
  const cards = boardCards(entries, [], config.importAreas);
  if (cards.length === 0) return 'not-started';
  return config.outcome === 'goal' ? 'started' : 'done';
}
