// A deck of topic cards drawn at random; the group sees which topics it has talked about.
import * as v from 'valibot';
import type { PictureText } from '../../content/types';
import type { Entry } from '../../domain/records';
import type { AnswerWrite, Progress } from '../types';

/** A card the group has drawn: key = card id. */
export const drawnSchema = v.object({ drawn: v.literal(true) });

export const drawnWrite = (cardId: string): AnswerWrite => ({ type: 'drawn', key: cardId, data: { drawn: true } });

export function drawnCards(entries: readonly Entry[]): ReadonlySet<string> {
  return new Set(entries.filter((e) => e.type === 'drawn' && v.is(drawnSchema, e.data)).map((e) => e.key));
}

/**
 * The next card: a random one the group has not drawn yet (when all are drawn, any card but the
 * one on the table). `random` is Math.random in the app and fixed in tests.
 */
export function nextCard(
  cards: readonly PictureText[],
  drawn: ReadonlySet<string>,
  current: string | null,
  random: () => number = Math.random,
): PictureText | undefined {
  const fresh = cards.filter((c) => !drawn.has(c.id) && c.id !== current);
  const pool = fresh.length > 0 ? fresh : cards.filter((c) => c.id !== current);
  return pool[Math.floor(random() * pool.length)] ?? cards[0];
}

export function deckProgress(entries: readonly Entry[]): Progress {
  return drawnCards(entries).size > 0 ? 'done' : 'not-started';
}
