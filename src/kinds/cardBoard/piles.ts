// Similar cards go into piles. A card points at the card it lies under; a pile is named by the card
// on top (the one that lies under nothing).
import * as v from 'valibot';
import type { Entry } from '../../domain/records';
import type { AnswerWrite } from '../types';
import type { BoardCard } from './cards';

/** Where a card lies: key = the card's ref; `under` = the ref of a card in the pile, or null. */
export const pileSchema = v.object({ under: v.nullable(v.pipe(v.string(), v.maxLength(200))) });

export function underOf(entries: readonly Entry[]): ReadonlyMap<string, string> {
  const under = new Map<string, string>();
  for (const entry of entries) {
    if (entry.type === 'pile' && v.is(pileSchema, entry.data) && entry.data.under) under.set(entry.key, entry.data.under);
  }
  return under;
}

/**
 * The top card of the pile a card is in (itself when it lies alone). Two tablets can pile two cards
 * onto each other; then the cards form a loop, and the loop's first card (by ref) is its top.
 */
export function topOf(ref: string, under: ReadonlyMap<string, string>, present: ReadonlySet<string>): string {
  const path: string[] = [];
  let current = ref;
  for (;;) {
    path.push(current);
    const next = under.get(current);
    if (!next || !present.has(next)) return current;
    const loopStart = path.indexOf(next);
    if (loopStart >= 0) return path.slice(loopStart).sort()[0] ?? current;
    current = next;
  }
}

export interface Pile {
  readonly top: BoardCard;
  /** The other cards in the pile, in card order. */
  readonly rest: readonly BoardCard[];
}

export function piles(cards: readonly BoardCard[], entries: readonly Entry[]): Pile[] {
  const under = underOf(entries);
  const present = new Set(cards.map((c) => c.ref));
  const byTop = new Map<string, BoardCard[]>();
  for (const card of cards) {
    const top = topOf(card.ref, under, present);
    byTop.set(top, [...(byTop.get(top) ?? []), card]);
  }
  return cards
    .filter((c) => byTop.has(c.ref))
    .map((top) => ({ top, rest: (byTop.get(top.ref) ?? []).filter((c) => c !== top) }));
}

/** Puts a card (and the pile it tops) onto the pile of another card. */
export function pileWrite(card: BoardCard, onto: BoardCard, entries: readonly Entry[], cards: readonly BoardCard[]): AnswerWrite | null {
  const under = underOf(entries);
  const present = new Set(cards.map((c) => c.ref));
  const target = topOf(onto.ref, under, present);
  if (topOf(card.ref, under, present) === target) return null;
  return { type: 'pile', key: topOf(card.ref, under, present), data: { under: target } };
}

/** Takes one card out of its pile (the rest of the pile stays together). */
export function unpileWrites(card: BoardCard, entries: readonly Entry[], cards: readonly BoardCard[]): AnswerWrite[] {
  const under = underOf(entries);
  const present = new Set(cards.map((c) => c.ref));
  const children = cards.filter((c) => under.get(c.ref) === card.ref);
  const [heir, ...others] = children;
  const writes: AnswerWrite[] = [{ type: 'pile', key: card.ref, data: { under: null } }];
  // When the top card leaves, the next card becomes the top and the others lie under it.
  if (heir && topOf(card.ref, under, present) === card.ref) {
    writes.push({ type: 'pile', key: heir.ref, data: { under: null } });
    for (const other of others) writes.push({ type: 'pile', key: other.ref, data: { under: heir.ref } });
  } else if (heir) {
    const parent = under.get(card.ref) ?? null;
    for (const child of children) writes.push({ type: 'pile', key: child.ref, data: { under: parent } });
  }
  return writes;
}
