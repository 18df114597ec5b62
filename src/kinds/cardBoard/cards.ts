// The cards of a board: what a card holds, and the board's cards including ones that flow in from
// earlier exercises (meeting 3's wishes in meeting 4).
import * as v from 'valibot';
import { newId } from '../../domain/ids';
import type { Entry } from '../../domain/records';
import type { AnswerWrite } from '../types';

const id = v.pipe(v.string(), v.maxLength(64));
/** Longest own words for one question of a card. */
export const fieldTextMaxLength = 100;

/** A card: key = a random id. DO NOT CHANGE without a migration. */
export const cardSchema = v.object({
  areaId: id,
  text: v.optional(v.pipe(v.string(), v.maxLength(300))),
  photoId: v.optional(id),
  voiceId: v.optional(id),
  /** A drawing made on the tablet (a photo-type media record; added later, so optional). */
  drawingId: v.optional(id),
  /** Picture answers to the board's questions: field id → choice id. */
  choices: v.optional(v.record(id, id)),
  /** Own words for the board's questions: field id → short text (added later, so optional). */
  fieldTexts: v.optional(v.record(id, v.pipe(v.string(), v.maxLength(fieldTextMaxLength)))),
  /** Voice notes answering the board's questions: field id → media id (added later, so optional). */
  fieldVoices: v.optional(v.record(id, id)),
  createdAt: v.number(),
});
export type CardData = v.InferOutput<typeof cardSchema>;

export interface BoardCard extends CardData {
  /** `${exerciseId}/${key}`: how piles, dots and the goal point at a card. */
  readonly ref: string;
  readonly key: string;
  readonly exerciseId: string;
  /** The card came from an earlier exercise. */
  readonly isFromEarlier: boolean;
}

/** An earlier card taken off this board: key = its ref. */
export const hiddenSchema = v.object({ hidden: v.boolean() });

export const refOf = (exerciseId: string, key: string): string => `${exerciseId}/${key}`;

function readCards(entries: readonly Entry[], isFromEarlier: boolean): BoardCard[] {
  const cards: BoardCard[] = [];
  for (const entry of entries) {
    if (entry.type !== 'card' || !v.is(cardSchema, entry.data)) continue;
    cards.push({ ...entry.data, key: entry.key, exerciseId: entry.exerciseId, ref: refOf(entry.exerciseId, entry.key), isFromEarlier });
  }
  return cards;
}

/**
 * The board's cards in the order they were made: its own, and those of `importAreas` from the
 * exercises it reads, unless taken off this board.
 */
export function boardCards(entries: readonly Entry[], sources: readonly Entry[], importAreas: readonly string[]): BoardCard[] {
  const hidden = new Set(entries.filter((e) => e.type === 'hidden' && v.is(hiddenSchema, e.data) && e.data.hidden).map((e) => e.key));
  const earlier = readCards(sources, true).filter((c) => importAreas.includes(c.areaId) && !hidden.has(c.ref));
  return [...earlier, ...readCards(entries, false)].sort((a, b) => a.createdAt - b.createdAt || a.ref.localeCompare(b.ref));
}

export type NewCard = Omit<CardData, 'createdAt'>;
/** A card being made (kept as a draft through a reload). */
export const newCardSchema = v.omit(cardSchema, ['createdAt']);

export function newCardWrite(card: NewCard, now: number = Date.now()): AnswerWrite {
  return { type: 'card', key: newId(), data: { ...card, createdAt: now } };
}

/** Own cards are removed (tombstone, undo); an earlier exercise's card is only taken off this board. */
export function takeOffWrite(card: BoardCard): AnswerWrite | null {
  return card.isFromEarlier ? { type: 'hidden', key: card.ref, data: { hidden: true } } : null;
}

export const hasContent = (card: NewCard): boolean =>
  Boolean(
    card.text?.trim() ||
      card.photoId ||
      card.voiceId ||
      card.drawingId ||
      Object.keys(card.choices ?? {}).length > 0 ||
      Object.values(card.fieldTexts ?? {}).some((words) => words.trim() !== '') ||
      Object.keys(card.fieldVoices ?? {}).length > 0,
  );

/** The card as it is saved: words trimmed, empty words left out. */
export function tidyCard(card: NewCard): NewCard {
  const { text, fieldTexts, ...rest } = card;
  const words = Object.entries(fieldTexts ?? {})
    .map(([fieldId, value]) => [fieldId, value.trim()] as const)
    .filter(([, value]) => value !== '');
  return {
    ...rest,
    ...(text?.trim() ? { text: text.trim() } : {}),
    ...(words.length > 0 ? { fieldTexts: Object.fromEntries(words) } : {}),
  };
}

/** Moves one of the board's own cards to another area (an earlier exercise's card stays where it is). */
export function moveWrite(card: BoardCard, areaId: string): AnswerWrite | null {
  if (card.isFromEarlier || card.areaId === areaId) return null;
  const { ref: _ref, key, exerciseId: _exerciseId, isFromEarlier: _isFromEarlier, ...data } = card;
  return { type: 'card', key, data: { ...data, areaId } };
}

/** A partner of the group's list as a card's words: "Liisa (Kirjasto)". */
export const partnerCardText = (partner: { readonly name: string; readonly organisation: string }): string =>
  (partner.organisation.trim() ? `${partner.name} (${partner.organisation.trim()})` : partner.name).slice(0, 300);
