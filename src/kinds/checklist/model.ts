import * as v from 'valibot';
import type { ChecklistConfig } from '../../content/types';
import type { Entry } from '../../domain/records';
import type { AnswerWrite, Progress } from '../types';

/** One row's state; unticking saves `false` rather than deleting, so it merges like any edit. */
export const tickSchema = v.object({ ticked: v.boolean() });

export function tickedItems(entries: readonly Entry[]): ReadonlySet<string> {
  return new Set(
    entries.filter((e) => e.type === 'tick' && v.is(tickSchema, e.data) && e.data.ticked).map((e) => e.key),
  );
}

export function toggleWrite(itemId: string, isTicked: boolean): AnswerWrite {
  return { type: 'tick', key: itemId, data: { ticked: !isTicked } };
}

export function checklistProgress(config: ChecklistConfig, entries: readonly Entry[]): Progress {
  const ticked = tickedItems(entries);
  const items = config.sections.flatMap((s) => s.items);
  const count = items.filter((item) => ticked.has(item.id)).length;
  if (count === 0) return 'not-started';
  return count === items.length ? 'done' : 'started';
}
