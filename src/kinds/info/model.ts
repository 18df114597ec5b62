import * as v from 'valibot';
import type { Entry } from '../../domain/records';
import type { Progress } from '../types';

/** An info card stores only that the group has seen it. */
export const seenSchema = v.object({ seen: v.literal(true) });

export const seenWrite = { type: 'seen', key: 'seen', data: { seen: true } } as const;

export function infoProgress(entries: readonly Entry[]): Progress {
  return entries.some((e) => e.type === 'seen') ? 'done' : 'not-started';
}
