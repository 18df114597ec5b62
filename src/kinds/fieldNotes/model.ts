// Field notes: one card per person asked (a passer-by in meeting 3, a partner in meeting 7), with their
// answers to the same questions (text, voice, and picture choices where the question has them).
import * as v from 'valibot';
import { newId } from '../../domain/ids';
import type { Entry } from '../../domain/records';
import type { AnswerWrite, Progress } from '../types';

export const replySchema = v.object({
  text: v.optional(v.pipe(v.string(), v.maxLength(1000))),
  voiceId: v.optional(v.pipe(v.string(), v.maxLength(64))),
  /** Picture choices' ids, for a question that has them (added with meeting 7's first talk with a partner). */
  choices: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(20))),
});
export type Reply = v.InferOutput<typeof replySchema>;
/** A passer-by's answers being written: question id → reply. */
export const repliesSchema = v.record(v.pipe(v.string(), v.maxLength(64)), replySchema);

/** One passer-by's answers: key = a random id; replies by question id. */
export const answerCardSchema = v.object({
  replies: repliesSchema,
  createdAt: v.number(),
});
export type AnswerCard = v.InferOutput<typeof answerCardSchema> & { readonly key: string };

/** The cards, newest first. */
export function answerCards(entries: readonly Entry[]): AnswerCard[] {
  const cards: AnswerCard[] = [];
  for (const entry of entries) {
    if (entry.type === 'answer' && v.is(answerCardSchema, entry.data)) cards.push({ ...entry.data, key: entry.key });
  }
  return cards.sort((a, b) => b.createdAt - a.createdAt || a.key.localeCompare(b.key));
}

const isEmpty = (r: Reply | undefined) => !r || (!r.text?.trim() && !r.voiceId && !r.choices?.length);

/** The reply with a picture choice added or taken away. */
export function toggleChoice(reply: Reply | undefined, choiceId: string): Reply {
  const chosen = reply?.choices ?? [];
  return { ...reply, choices: chosen.includes(choiceId) ? chosen.filter((id) => id !== choiceId) : [...chosen, choiceId] };
}

/** A new card, or null when nothing was answered. */
export function newAnswerWrite(replies: Readonly<Record<string, Reply>>, now: number = Date.now()): AnswerWrite | null {
  const kept = Object.fromEntries(
    Object.entries(replies)
      .filter(([, r]) => !isEmpty(r))
      .map(([id, r]) => [
        id,
        { ...(r.text?.trim() ? { text: r.text.trim() } : {}), ...(r.voiceId ? { voiceId: r.voiceId } : {}), ...(r.choices?.length ? { choices: r.choices } : {}) },
      ]),
  );
  return Object.keys(kept).length === 0 ? null : { type: 'answer', key: newId(), data: { replies: kept, createdAt: now } };
}

export function fieldNotesProgress(entries: readonly Entry[]): Progress {
  return answerCards(entries).length > 0 ? 'done' : 'not-started';
}
