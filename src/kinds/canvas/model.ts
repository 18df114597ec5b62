// Named sections with guiding questions and cards in each: the idea bank (→ tips list) and the
// action plan (→ the plan, with what is still missing).
import * as v from 'valibot';
import type { CanvasConfig } from '../../content/types';
import { newId } from '../../domain/ids';
import type { Entry } from '../../domain/records';
import type { NewCardContent } from '../shared/AddCard';
import type { AnswerWrite, Progress } from '../types';

const id = v.pipe(v.string(), v.maxLength(64));

/** A card: key = a random id. It sits in a section, under a question or as a tapped-in suggestion. */
export const canvasCardSchema = v.object({
  sectionId: id,
  questionId: v.optional(id),
  suggestionId: v.optional(id),
  text: v.optional(v.pipe(v.string(), v.maxLength(300))),
  voiceId: v.optional(id),
  missing: v.optional(v.boolean()),
  createdAt: v.number(),
});
export type CanvasCard = v.InferOutput<typeof canvasCardSchema> & { readonly key: string };

/** A section the group has gone through: key = section id. */
export const visitedSchema = v.object({ visited: v.literal(true) });

export function canvasCards(entries: readonly Entry[]): CanvasCard[] {
  const cards: CanvasCard[] = [];
  for (const entry of entries) {
    if (entry.type === 'card' && v.is(canvasCardSchema, entry.data)) cards.push({ ...entry.data, key: entry.key });
  }
  return cards.sort((a, b) => a.createdAt - b.createdAt || a.key.localeCompare(b.key));
}

export function visitedSections(entries: readonly Entry[]): ReadonlySet<string> {
  return new Set(entries.filter((e) => e.type === 'visited' && v.is(visitedSchema, e.data)).map((e) => e.key));
}

export const visitWrite = (sectionId: string): AnswerWrite => ({ type: 'visited', key: sectionId, data: { visited: true } });

export function newCardWrite(sectionId: string, questionId: string, content: NewCardContent, now: number = Date.now()): AnswerWrite {
  return { type: 'card', key: newId(), data: { sectionId, questionId, ...content, createdAt: now } };
}

export function suggestionWrite(sectionId: string, suggestionId: string, now: number = Date.now()): AnswerWrite {
  return { type: 'card', key: newId(), data: { sectionId, suggestionId, createdAt: now } };
}

export function toggleMissingWrite(card: CanvasCard): AnswerWrite {
  const { key, ...data } = card;
  return { type: 'card', key, data: { ...data, missing: !card.missing } };
}

/** The card a suggestion made in a section, if it is there. */
export const suggestionCard = (cards: readonly CanvasCard[], sectionId: string, suggestionId: string): CanvasCard | undefined =>
  cards.find((c) => c.sectionId === sectionId && c.suggestionId === suggestionId);

/** The plan is done when every section has been gone through. */
export function canvasProgress(config: CanvasConfig, entries: readonly Entry[]): Progress {
  const visited = visitedSections(entries);
  const count = config.sections.filter((s) => visited.has(s.id)).length;
  if (count === 0 && canvasCards(entries).length === 0) return 'not-started';
  return count === config.sections.length ? 'done' : 'started';
}
