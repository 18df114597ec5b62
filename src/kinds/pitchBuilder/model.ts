// The elevator pitch ("Hissipuhe"): one answer per question, by text, a voice note and/or a drawing. The app
// suggests answers from what the group has already made: its members, the goal and the action plan.
import * as v from 'valibot';
import type { PitchBuilderConfig } from '../../content/types';
import type { Entry } from '../../domain/records';
import type { AnswerWrite, Progress } from '../types';

const id = v.pipe(v.string(), v.maxLength(64));

/** One answer per question: key = the question id. DO NOT CHANGE without a migration. */
export const pitchAnswerSchema = v.object({
  text: v.optional(v.pipe(v.string(), v.maxLength(1000))),
  voiceId: v.optional(id),
  /** A drawing (a photo-type media record; added later). */
  drawingId: v.optional(id),
});
export type PitchAnswer = v.InferOutput<typeof pitchAnswerSchema>;

export const pitchAnswerType = 'answer';

export function pitchAnswers(entries: readonly Entry[]): ReadonlyMap<string, PitchAnswer> {
  const answers = new Map<string, PitchAnswer>();
  for (const entry of entries) {
    if (entry.type === pitchAnswerType && v.is(pitchAnswerSchema, entry.data)) answers.set(entry.key, entry.data);
  }
  return answers;
}

/** The answer with one part changed; an empty text removes the text, and the voice note stays. */
export function pitchAnswerWrite(questionId: string, answer: PitchAnswer | undefined, change: Partial<PitchAnswer>): AnswerWrite {
  const next: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...answer, ...change })) {
    if (typeof value === 'string' && value.trim() !== '') next[key] = value.trim();
  }
  return { type: pitchAnswerType, key: questionId, data: next };
}

export const isAnswered = (answer: PitchAnswer | undefined): boolean => Boolean(answer?.text || answer?.voiceId || answer?.drawingId);

export function pitchProgress(config: PitchBuilderConfig, entries: readonly Entry[]): Progress {
  const answers = pitchAnswers(entries);
  const count = config.questions.filter((q) => isAnswered(answers.get(q.id))).length;
  if (count === 0) return 'not-started';
  return count === config.questions.length ? 'done' : 'started';
}

/** The pitch's steps in the address: a question, the whole pitch, and the pair practice. */
export const questionStep = (questionId: string): string => `question-${questionId}`;
export const askStep = (questionId: string): string => `ask-${questionId}`;
export const answerStep = (questionId: string): string => `answer-${questionId}`;
export const pitchStep = 'pitch';
export const pairDoneStep = 'pair-done';
