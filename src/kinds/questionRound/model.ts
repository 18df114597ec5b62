// "Miten meillä meni?": questions one at a time; each member, alone or with a pair, answers by
// picture tiles (a face and topics), a voice note or words; then the group looks at the answers
// together. Pure functions only.
import * as v from 'valibot';
import type { QuestionRoundConfig } from '../../content/types';
import type { Entry, Person } from '../../domain/records';
import type { AnswerWrite, Progress } from '../types';

const id = v.pipe(v.string(), v.maxLength(64));

/**
 * One answer per (question, person): key `${questionId}:${personId}`. A pair's answer is kept under
 * the member who took the turn, with the other in `pairId`. DO NOT CHANGE without a migration.
 */
export const answerSchema = v.object({
  face: v.optional(id),
  topics: v.optional(v.pipe(v.array(id), v.maxLength(50))),
  text: v.optional(v.pipe(v.string(), v.maxLength(1000))),
  voiceId: v.optional(id),
  pairId: v.optional(id),
});
export type AnswerData = v.InferOutput<typeof answerSchema>;

export interface RoundAnswer extends AnswerData {
  readonly questionId: string;
  /** The member who took the turn (and the key's person). */
  readonly personId: string;
}

/** A change to an answer; null takes the part away. */
export interface AnswerChange {
  readonly face?: string | null;
  readonly topics?: readonly string[];
  readonly text?: string;
  readonly voiceId?: string;
  readonly pairId?: string | null;
}

export const keyOf = (questionId: string, personId: string): string => `${questionId}:${personId}`;

export const hasContent = (a: AnswerData | undefined): boolean => Boolean(a?.face || a?.topics?.length || a?.text || a?.voiceId);

/** Every saved answer to one question, with or without content. */
function allAnswers(entries: readonly Entry[], questionId: string): RoundAnswer[] {
  const out: RoundAnswer[] = [];
  for (const entry of entries) {
    if (entry.type !== 'answer' || !v.is(answerSchema, entry.data)) continue;
    const split = entry.key.indexOf(':');
    if (split < 0 || entry.key.slice(0, split) !== questionId) continue;
    out.push({ ...entry.data, questionId, personId: entry.key.slice(split + 1) });
  }
  return out;
}

/** The answers to a question that say something, in member order (answers of removed members are left out). */
export function answersTo(entries: readonly Entry[], questionId: string, members: readonly Person[]): RoundAnswer[] {
  const order = new Map(members.map((m, i) => [m.id, i]));
  return allAnswers(entries, questionId)
    .filter((a) => hasContent(a) && order.has(a.personId))
    .sort((a, b) => (order.get(a.personId) ?? 0) - (order.get(b.personId) ?? 0));
}

/**
 * The answer a member works on when they take their turn: their own, or, when they have none,
 * the pair answer they are part of (tapping either member of a pair opens the same answer).
 */
export function turnAnswer(entries: readonly Entry[], questionId: string, personId: string): RoundAnswer {
  const answers = allAnswers(entries, questionId);
  const own = answers.find((a) => a.personId === personId);
  if (own && hasContent(own)) return own;
  const pair = answers.find((a) => a.pairId === personId && a.personId !== personId && hasContent(a));
  return pair ?? own ?? { questionId, personId };
}

/** Who has answered a question, alone or in a pair. */
export function answeredIds(entries: readonly Entry[], questionId: string): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const a of allAnswers(entries, questionId)) {
    if (!hasContent(a)) continue;
    ids.add(a.personId);
    if (a.pairId) ids.add(a.pairId);
  }
  return ids;
}

/** Members who can be the pair of an answer: not its owner, and not answering in another answer. */
export function pairCandidates(entries: readonly Entry[], answer: RoundAnswer, members: readonly Person[]): Person[] {
  const busy = answeredIds(entries, answer.questionId);
  return members.filter((m) => m.id !== answer.personId && (m.id === answer.pairId || !busy.has(m.id)));
}

/** The answer with one part changed; empty parts are left out. */
export function changeAnswer(answer: RoundAnswer, change: AnswerChange): RoundAnswer {
  const merged = { face: answer.face, topics: answer.topics, text: answer.text, voiceId: answer.voiceId, pairId: answer.pairId, ...change };
  const parts: Record<string, unknown> = {};
  for (const key of ['face', 'text', 'voiceId', 'pairId'] as const) {
    const value = merged[key]?.trim();
    if (value) parts[key] = value;
  }
  if (merged.topics && merged.topics.length > 0) parts['topics'] = [...merged.topics];
  return { ...(parts as AnswerData), questionId: answer.questionId, personId: answer.personId };
}

/** Saves the answer with one part changed. */
export function answerWrite(answer: RoundAnswer, change: AnswerChange): AnswerWrite {
  const { questionId, personId, ...data } = changeAnswer(answer, change);
  return { type: 'answer', key: keyOf(questionId, personId), data };
}

/** Tapping the chosen face again takes it away; another face replaces it. */
export const faceChange = (answer: AnswerData, faceId: string): AnswerChange => ({ face: answer.face === faceId ? null : faceId });

/** Topics are many: tapping one adds or removes it. */
export function topicChange(answer: AnswerData, topicId: string): AnswerChange {
  const topics = answer.topics ?? [];
  return { topics: topics.includes(topicId) ? topics.filter((t) => t !== topicId) : [...topics, topicId] };
}

/** Done when every question has an answer. */
export function roundProgress(config: QuestionRoundConfig, entries: readonly Entry[]): Progress {
  const answered = config.questions.filter((q) => answeredIds(entries, q.id).size > 0).length;
  if (answered === 0) return 'not-started';
  return answered === config.questions.length ? 'done' : 'started';
}
