// "Onnistuja!": the tablet goes round; the holder is praised by the others, and may praise themself.
// Every praise card says who gave it, and each member's praise is kept. Pure functions only.
import * as v from 'valibot';
import type { PraiseOption, PraiseRoundConfig } from '../../content/types';
import { newId } from '../../domain/ids';
import type { Entry } from '../../domain/records';
import type { AnswerWrite, Progress } from '../types';

const id = v.pipe(v.string(), v.maxLength(64));

/**
 * A praise card. A ready praise has the key `${holderId}:${giverId}:${praiseId}` (the same praise
 * given on two tablets is one card); the giver's own words or voice have a random key.
 * DO NOT CHANGE without a migration.
 */
export const praiseSchema = v.object({
  holderId: id,
  giverId: id,
  praiseId: v.optional(id),
  text: v.optional(v.pipe(v.string(), v.maxLength(300))),
  voiceId: v.optional(id),
  createdAt: v.number(),
});
export type PraiseData = v.InferOutput<typeof praiseSchema>;

export interface PraiseCard extends PraiseData {
  readonly key: string;
}

export const isSelfPraise = (card: PraiseData): boolean => card.holderId === card.giverId;

function allPraise(entries: readonly Entry[]): PraiseCard[] {
  const cards: PraiseCard[] = [];
  for (const entry of entries) {
    if (entry.type !== 'praise' || !v.is(praiseSchema, entry.data)) continue;
    if (entry.data.praiseId || entry.data.text || entry.data.voiceId) cards.push({ ...entry.data, key: entry.key });
  }
  return cards.sort((a, b) => a.createdAt - b.createdAt || a.key.localeCompare(b.key));
}

/** The holder's praise cards, oldest first. */
export const praiseFor = (entries: readonly Entry[], holderId: string): PraiseCard[] => allPraise(entries).filter((c) => c.holderId === holderId);

/** How many praise cards each member has. */
export function praiseCounts(entries: readonly Entry[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const card of allPraise(entries)) counts.set(card.holderId, (counts.get(card.holderId) ?? 0) + 1);
  return counts;
}

/** Who has praised the holder (the holder too, when they praised themself). */
export const giversOf = (entries: readonly Entry[], holderId: string): ReadonlySet<string> => new Set(praiseFor(entries, holderId).map((c) => c.giverId));

export const readyPraiseKey = (holderId: string, giverId: string, praiseId: string): string => `${holderId}:${giverId}:${praiseId}`;

/** The ready praise cards one giver has given the holder, by praise id. */
export function readyGiven(entries: readonly Entry[], holderId: string, giverId: string): ReadonlyMap<string, PraiseCard> {
  const given = new Map<string, PraiseCard>();
  for (const card of praiseFor(entries, holderId)) if (card.giverId === giverId && card.praiseId) given.set(card.praiseId, card);
  return given;
}

export function readyPraiseWrite(holderId: string, giverId: string, praiseId: string, now: number = Date.now()): AnswerWrite {
  return { type: 'praise', key: readyPraiseKey(holderId, giverId, praiseId), data: { holderId, giverId, praiseId, createdAt: now } };
}

export type OwnPraise = { readonly text: string } | { readonly voiceId: string };

export function ownPraiseWrite(holderId: string, giverId: string, praise: OwnPraise, now: number = Date.now()): AnswerWrite | null {
  const content = 'text' in praise ? (praise.text.trim() ? { text: praise.text.trim().slice(0, 300) } : null) : { voiceId: praise.voiceId };
  return content ? { type: 'praise', key: newId(), data: { holderId, giverId, ...content, createdAt: now } } : null;
}

/** The words of a ready praise card: said to another ("Olit rohkea.") or of oneself ("Olin rohkea."). */
export function praiseOption(config: PraiseRoundConfig, card: PraiseData): { readonly option: PraiseOption; readonly textKey: string } | null {
  const option = config.praises.find((p) => p.id === card.praiseId);
  return option ? { option, textKey: isSelfPraise(card) ? option.selfTextKey : option.textKey } : null;
}

export const praiseProgress = (entries: readonly Entry[]): Progress => (allPraise(entries).length > 0 ? 'done' : 'not-started');
