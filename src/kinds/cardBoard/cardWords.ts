// What a card says: its answers to the board's questions (a picture choice, own words and/or a voice
// note) and its own words. The card face shows these rows, and buttons name a card by the same words.
import type { CardField, PictureText } from '../../content/types';
import type { CardData } from './cards';

export interface CardRow {
  readonly field: CardField;
  /** The picture chosen for this question, if any. */
  readonly choice: PictureText | undefined;
  /** Own words for this question, if any. */
  readonly words: string | undefined;
  /** A voice note answering this question, if any. */
  readonly voiceId: string | undefined;
}

/** The card's answers, in the order of the board's questions; questions with no answer are left out. */
export function cardRows(card: Pick<CardData, 'choices' | 'fieldTexts' | 'fieldVoices'>, fields: readonly CardField[]): CardRow[] {
  return fields.flatMap((field) => {
    const choice = field.choices.find((c) => c.id === card.choices?.[field.id]);
    const words = card.fieldTexts?.[field.id]?.trim() || undefined;
    const voiceId = card.fieldVoices?.[field.id];
    return choice || words || voiceId ? [{ field, choice, words, voiceId }] : [];
  });
}

/** The card in words, as its face shows them: each answer's picture word and own words, then the card's words. */
export function cardSummary(card: Pick<CardData, 'choices' | 'fieldTexts' | 'fieldVoices' | 'text'>, fields: readonly CardField[], tContent: (key: string) => string): string {
  const parts = cardRows(card, fields).flatMap(({ choice, words }) => [choice ? tContent(choice.textKey) : '', words ?? '']);
  return [...parts, card.text?.trim() ?? ''].filter((part) => part !== '').join(', ');
}
